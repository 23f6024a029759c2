package vn.dondoc.task.lists;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;
import vn.dondoc.contracts.AssignmentRole;
import vn.dondoc.task.access.Actor;
import vn.dondoc.task.assignment.Assignment;
import vn.dondoc.task.plan.IssuedPlan;
import vn.dondoc.task.plan.PlanCopy;
import vn.dondoc.task.plan.TextFolding;
import vn.dondoc.task.status.AssignmentStatusPolicy;
import vn.dondoc.task.status.DerivedStatus;
import vn.dondoc.task.status.PeriodMembership;
import vn.dondoc.vocabulary.AssignmentStatus;
import vn.dondoc.vocabulary.ReportingPeriod;
import vn.dondoc.vocabulary.Timeliness;

/**
 * The assignment lists, one page at a time from the store: who reads is part of the query (a
 * department's office and leadership their department's assignments, a unit its own, the province
 * all), and so is every filter the stored fields allow; the total is counted by the store.
 */
@Service
public class AssignmentLists {

    /** Earliest deadline first, those without a deadline last, then by id. */
    public static final Comparator<Assignment> BY_DUE_DATE = Comparator
            .comparing((Assignment assignment) -> assignment.deadline().dueDate(),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Assignment::id);

    private static final List<String> OPEN = names(AssignmentStatus::isOpen);
    private static final List<String> WORKABLE = names(AssignmentStatus::isWorkable);

    private final MongoOperations mongo;
    private final StorePages pages;

    AssignmentLists(MongoOperations mongo) {
        this.mongo = mongo;
        this.pages = new StorePages(mongo);
    }

    /** One page of assignments with the number on all pages together. */
    public record Page(List<Assignment> items, long total) {
    }

    /** A unit's work by due date ({@code openOnly}: not completed, refused or withdrawn). */
    public Page ofUnit(String unitCode, boolean openOnly, ReportingPeriod period, long offset, int size) {
        Criteria criteria = StorePages.all(Arrays.asList(where("unitCode").is(unitCode),
                openOnly ? where("status").in(OPEN) : null));
        // period membership is judged on the plan's dates and the history: in memory, over this unit's list
        return period == null ? pages.deadlinesFirst(criteria, offset, size)
                : pages.inMemory(criteria, inPeriod(period), BY_DUE_DATE, offset, size);
    }

    /** A plan's assignments the reader may see, by id (task, then unit). */
    public Page ofPlan(Actor reader, String planId, ReportingPeriod period, long offset, int size) {
        Criteria criteria = StorePages.all(Arrays.asList(where("planId").is(planId), wall(reader)));
        // period membership in memory, over this plan's assignments the reader may see
        return period == null ? pages.byId(criteria, offset, size)
                : pages.inMemory(criteria, inPeriod(period), Comparator.comparing(Assignment::id), offset, size);
    }

    /** The assignments the reader may see that match the filter, by due date. */
    public Page find(Actor reader, AssignmentFilter filter, long offset, int size) {
        List<Criteria> parts = new ArrayList<>();
        parts.add(wall(reader));
        if (filter.planId() != null) {
            parts.add(where("planId").is(filter.planId()));
        }
        if (filter.unitCode() != null) {
            parts.add(where("unitCode").is(filter.unitCode()));
        }
        if (filter.status() != null) {
            parts.add(where("status").is(filter.status().name()));
        }
        if (filter.planDepartment() != null) {
            parts.add(where("departmentCode").is(filter.planDepartment()));
        }
        if (filter.extensionPending()) {
            parts.add(where("pendingExtension").ne(null));
        }
        Criteria criteria = StorePages.all(parts);
        Predicate<Assignment> text = assignment -> !filter.searches()
                || TextFolding.matches(searchable(assignment), filter.text());
        Predicate<String> words = searchable -> TextFolding.matches(searchable, filter.text());
        // text (diacritics folded) and period are evaluated in memory, over what the store query gives:
        // bounded to the reader's department (a unit: its own assignments) and the other filters
        if (filter.period() != null) {
            return pages.inMemory(criteria, text.and(inPeriod(filter.period())), BY_DUE_DATE, offset, size);
        }
        return filter.searches() ? pages.searched(criteria, words, offset, size)
                : pages.byDueDate(criteria, offset, size);
    }

    /**
     * Lead assignments the unit still works on (not started, in progress, returned) past their
     * deadline on {@code day}, most days overdue first. From {@code today} on the stored state is the
     * state in force, so this is a store query; for a past day the state comes from each history.
     */
    public Page overdue(Actor reader, LocalDate day, LocalDate today, long offset, int size) {
        if (!day.isBefore(today)) {
            return inDeadlineRange(reader, StorePages.all(Arrays.asList(wall(reader),
                    where("role").is(AssignmentRole.LEAD.name()), where("status").in(WORKABLE),
                    where("dueDate").lt(day))), offset, size);
        }
        // a past day: derived in memory (AssignmentStatusPolicy) over the reader's department's lead
        // assignments whose plan deadline had passed by then (an extension only moves it later)
        Criteria candidates = StorePages.all(Arrays.asList(wall(reader), where("role").is(AssignmentRole.LEAD.name()),
                where("originalDueDate").lt(day)));
        return pages.inMemory(candidates, assignment -> {
            DerivedStatus status = AssignmentStatusPolicy.derive(assignment, day);
            return status.timeliness() == Timeliness.OVERDUE && status.progress().isWorkable();
        }, Comparator.comparingLong((Assignment assignment) -> AssignmentStatusPolicy.derive(assignment, day)
                .daysOverdue()).reversed().thenComparing(Assignment::id), offset, size);
    }

    /**
     * Work the unit still does (not started, in progress, returned; lead and coordinator) with a
     * deadline from {@code from} to {@code to} inclusive, earliest first: the "due soon" list.
     */
    public Page dueBetween(Actor reader, LocalDate from, LocalDate to, long offset, int size) {
        return inDeadlineRange(reader, StorePages.all(Arrays.asList(wall(reader), where("status").in(WORKABLE),
                where("dueDate").gte(from).lte(to))), offset, size);
    }

    /**
     * A department's or a unit's page of a range of deadlines is the store's sorted page (an index
     * answers it); the province's spans every department, which no index answers whole: one read
     * of its (id, deadline) pairs costs less than a sorted find and a count.
     */
    private Page inDeadlineRange(Actor reader, Criteria criteria, long offset, int size) {
        return reader.has(Actor.Role.PROVINCE) ? pages.byDueDate(criteria, offset, size)
                : pages.inDeadlineRange(criteria, offset, size);
    }

    /**
     * The part of the query that keeps the reader behind its wall: a department's office and leadership
     * read its assignments ({@code unitDepartment}, the unit's department), a unit its own, the
     * province every department's (one deployment serves one province).
     */
    static Criteria wall(Actor reader) {
        if (reader.has(Actor.Role.PROVINCE)) {
            return null;
        }
        Criteria department = where("unitDepartment").is(reader.department());
        if (reader.directs()) {
            return department;
        }
        if (reader.has(Actor.Role.UNIT)) {
            return StorePages.all(Arrays.asList(department, where("unitCode").is(reader.unitCode())));
        }
        return where("_id").exists(false);
    }

    /** Whether an assignment belongs to the period ({@link PeriodMembership}); reads each plan once. */
    private Predicate<Assignment> inPeriod(ReportingPeriod period) {
        Map<String, PlanCopy> plans = new HashMap<>();
        return assignment -> {
            PlanCopy plan = plans.computeIfAbsent(assignment.origin().planId(), id -> {
                PlanCopy found = mongo.findById(id, PlanCopy.class);
                return found != null ? found : PlanCopy.of(new IssuedPlan(id, null, null, List.of()));
            });
            return PeriodMembership.belongs(assignment, period, plan.coverageStart(), plan.coverageEnd());
        };
    }

    private static String searchable(Assignment assignment) {
        return searchable(assignment.terms().taskContent(), assignment.terms().taskNumber(), assignment.origin().planNumber(),
                assignment.origin().unitCode());
    }

    /** The text a search looks in: task content, task number, plan number, unit code. */
    static String searchable(Object taskContent, Object taskNumber, Object planNumber, Object unitCode) {
        return String.join(" ", String.valueOf(taskContent), String.valueOf(taskNumber), String.valueOf(planNumber),
                String.valueOf(unitCode));
    }

    private static List<String> names(Predicate<AssignmentStatus> which) {
        return Arrays.stream(AssignmentStatus.values()).filter(which).map(Enum::name).toList();
    }
}
