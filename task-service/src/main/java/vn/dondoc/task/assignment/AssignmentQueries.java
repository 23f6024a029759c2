package vn.dondoc.task.assignment;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Reads for units and the office: open work by deadline, the overdue list, filtered search. */
@Service
public class AssignmentQueries {

    /** Earliest deadline first, those without a deadline last, then by id. */
    public static final Comparator<Assignment> BY_DUE_DATE = Comparator
            .comparing(Assignment::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Assignment::id);

    private final MongoOperations mongo;

    AssignmentQueries(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** Assignments matching the filter, earliest deadline first. */
    public List<Assignment> find(AssignmentFilter filter) {
        Criteria criteria = new Criteria();
        if (filter.planId() != null) {
            criteria = criteria.and("planId").is(filter.planId());
        }
        if (filter.unitCode() != null) {
            criteria = criteria.and("unitCode").is(filter.unitCode());
        }
        if (filter.status() != null) {
            criteria = criteria.and("status").is(filter.status());
        }
        List<Assignment> found = mongo.find(Query.query(criteria), Assignment.class).stream()
                .filter(assignment -> filter.text() == null || filter.text().isBlank()
                        || TextFolding.matches(searchable(assignment), filter.text()))
                .sorted(BY_DUE_DATE)
                .toList();
        return belongingTo(found, filter.period());
    }

    /**
     * Those of the assignments that belong to the reporting period ({@link PeriodMembership}), in
     * their order; all of them when {@code period} is {@code null}.
     */
    public List<Assignment> belongingTo(List<Assignment> assignments, ReportingPeriod period) {
        if (period == null) {
            return assignments;
        }
        Map<String, PlanCopy> plans = new HashMap<>();
        return assignments.stream().filter(assignment -> inPeriod(assignment, period, plans)).toList();
    }

    private boolean inPeriod(Assignment assignment, ReportingPeriod period, Map<String, PlanCopy> plans) {
        PlanCopy plan = plans.computeIfAbsent(assignment.planId(), id -> {
            PlanCopy found = mongo.findById(id, PlanCopy.class);
            return found != null ? found : PlanCopy.of(new IssuedPlan(id, null, null, List.of()));
        });
        return PeriodMembership.belongs(assignment, period, plan.coverageStart(), plan.coverageEnd());
    }

    /** A unit's open work (not completed, refused or withdrawn), earliest deadline first. */
    public List<Assignment> openWorkOf(String unitCode) {
        return find(new AssignmentFilter(null, unitCode, null, null)).stream()
                .filter(assignment -> assignment.status().isOpen())
                .toList();
    }

    /** Open lead assignments overdue on that date, most days overdue first. */
    public List<Overdue> overdue(LocalDate asOf) {
        return mongo.find(Query.query(where("role").is("LEAD").and("originalDueDate").lt(asOf)),
                        Assignment.class).stream()
                .map(assignment -> new Overdue(assignment,
                        AssignmentStatusPolicy.derive(assignment, asOf)))
                .filter(overdue -> overdue.status().column() == MatrixColumn.OPEN_OVERDUE)
                .sorted(Comparator.comparingLong((Overdue overdue) -> overdue.status().daysOverdue())
                        .reversed().thenComparing(overdue -> overdue.assignment().id()))
                .toList();
    }

    /** An overdue assignment with its status on the as-of date. */
    public record Overdue(Assignment assignment, DerivedStatus status) {
    }

    private static String searchable(Assignment assignment) {
        return String.join(" ", String.valueOf(assignment.taskContent()),
                String.valueOf(assignment.taskNumber()), String.valueOf(assignment.planNumber()),
                assignment.unitCode());
    }
}
