package vn.dondoc.reporting.unitfigures;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.limit;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.skip;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.sort;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.aggregation.ConditionalOperators;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.dondoc.contracts.AssignmentRole;
import vn.dondoc.eventing.InsertOnce;
import vn.dondoc.reporting.obligation.PlanCoverage;
import vn.dondoc.reporting.obligation.PlanCoverages;
import vn.dondoc.reporting.obligation.PlanLink;
import vn.dondoc.reporting.obligation.PlanLinks;
import vn.dondoc.vocabulary.PeriodMembership;
import vn.dondoc.vocabulary.ReportingPeriod;
import vn.dondoc.vocabulary.TimeframeKind;

/**
 * Records assignments and their lifecycle events and counts them per unit. Counts are computed from
 * the stored documents, never incremented, so a redelivered event cannot count twice.
 */
@Service
public class UnitFigures {

    private final MongoOperations mongo;
    private final PlanCoverages coverages;
    private final CurrentRoles currentRoles;
    private final UnitRecords records;
    private final FigureStamps stamps;
    private final FiguresCache cache;

    private final PlanLinks links;
    private final ObjectProvider<AssignmentFactsListener> listeners;

    UnitFigures(MongoOperations mongo, PlanCoverages coverages, PlanLinks links,
            ObjectProvider<AssignmentFactsListener> listeners) {
        this.mongo = mongo;
        this.listeners = listeners;
        this.coverages = coverages;
        this.links = links;
        this.currentRoles = new CurrentRoles(mongo);
        this.records = new UnitRecords(mongo);
        this.stamps = new FigureStamps(mongo);
        this.cache = new FiguresCache(stamps);
    }

    /**
     * Records a poll's assignments at once: one bulk insert (an assignment already stored is left
     * out), the figure stamp of each distinct unit raised once, then the listeners told of all the
     * assignments at once. Returns the assignments that were new to reporting.
     */
    public List<AssignedTask> recordAll(List<AssignedTask> tasks) {
        List<AssignedTask> fresh = InsertOnce.insertAll(mongo, AssignedTask.class, tasks);
        stamps.raise(tasks.stream().map(AssignedTask::unitCode).toList());
        tell(tasks.stream().map(AssignedTask::assignmentId).distinct().toList());
        return fresh;
    }

    /** {@code true} when the lifecycle event is new to reporting (its assignment may not be known yet). */
    public boolean record(LifecycleFact fact) {
        return !recordFacts(List.of(fact)).isEmpty();
    }

    /**
     * Records a poll's lifecycle facts at once, as {@link #recordAll} does assignments: one bulk insert
     * (a fact already stored is left out), each distinct unit's figure stamp raised once, then the
     * listeners told of their assignments. Returns the facts that were new to reporting.
     */
    public List<LifecycleFact> recordFacts(List<LifecycleFact> facts) {
        List<LifecycleFact> fresh = InsertOnce.insertAll(mongo, LifecycleFact.class, facts);
        stamps.raise(facts.stream().map(LifecycleFact::unitCode).toList());
        tell(facts.stream().map(LifecycleFact::assignmentId).distinct().toList());
        return fresh;
    }

    private void tell(List<String> assignmentIds) {
        if (assignmentIds.isEmpty()) {
            return;
        }
        listeners.orderedStream().forEach(listener -> listener.recorded(assignmentIds));
    }

    /**
     * A page of the units' counts by unit code, each assignment in the role it holds now: the units of
     * one department ({@code null}: of every department). The store groups, sorts, skips and limits,
     * and counts the units for the total.
     */
    public Page<UnitCounts> units(String department, int page, int size) {
        Criteria which = department == null ? Criteria.where("unitCode").exists(true)
                : Criteria.where("unitCode").regex("^" + Pattern.quote(department) + "\\.");
        Document total = mongo.aggregate(newAggregation(match(which), group("unitCode"), Aggregation.count().as("units")),
                AssignedTask.class, Document.class).getUniqueMappedResult();
        List<UnitCounts> counts = count(which, skip((long) page * size), limit(size));
        List<String> units = counts.stream().map(UnitCounts::unitCode).toList();
        return new PageImpl<>(units.isEmpty() ? counts : currentRoles.applyTo(counts, units), PageRequest.of(page, size),
                total == null ? 0 : number(total, "units"));
    }

    /** The unit's counts, each assignment in the role it holds now; empty for an unknown unit. */
    public Optional<UnitCounts> ofUnit(String unitCode) {
        return currentRoles.applyTo(count(Criteria.where("unitCode").is(unitCode)), List.of(unitCode)).stream()
                .findFirst();
    }

    /**
     * The assignments at the end of the day, in no particular order; those whose {@code task-assigned}
     * is not known are left out. Three reads whatever their number: the tasks, their lifecycle facts,
     * their plans' coverage.
     */
    public List<AssignmentOnDate> assignments(Collection<String> assignmentIds, LocalDate asOf) {
        if (assignmentIds.isEmpty()) {
            return List.of();
        }
        List<AssignedTask> tasks = records.assignedTasksById(assignmentIds);
        return tasks.isEmpty() ? List.of()
                : onDate(tasks, records.lifecycleFactsOf(tasks.stream().map(AssignedTask::assignmentId).toList()), asOf);
    }

    /** Every assignment of the unit at the end of the day. */
    public List<AssignmentOnDate> assignmentsOf(String unitCode, LocalDate asOf) {
        return onDate(records.assignedTasks(unitCode), records.lifecycleFacts(unitCode), asOf);
    }

    private List<AssignmentOnDate> onDate(List<AssignedTask> tasks, List<LifecycleFact> lifecycleFacts, LocalDate asOf) {
        List<AssignmentFacts> facts = facts(tasks, lifecycleFacts, asOf);
        List<AssignmentOnDate> assignments = new ArrayList<>(tasks.size());
        for (int i = 0; i < tasks.size(); i++) {
            assignments.add(new AssignmentOnDate(tasks.get(i), facts.get(i)));
        }
        return assignments;
    }

    /** Every unit that holds an assignment. */
    public List<String> unitCodes() {
        return mongo.findDistinct(new Query(), "unitCode", AssignedTask.class, String.class);
    }

    /** The unit's matrix for the period at the as-of date (clipped to the cut-off); empty for an unknown unit. */
    public Optional<PeriodFigures> figures(String unitCode, String regime, ReportingPeriod period, LocalDate asOf) {
        return ofOneUnit(unitCode).figures(regime, period, asOf);
    }

    /**
     * One unit's matrices of as many periods as its caller asks, its records read once, at the first
     * period not in the cache (a unit's records read per period made freezing a new unit's eight
     * passed periods eight reads of every plan it leads).
     */
    OneUnit ofOneUnit(String unitCode) {
        return new OneUnit(unitCode);
    }

    /** One unit's figures, counted from one read of its records (after its stamp, which the cache keeps them under). */
    final class OneUnit {

        private final String unitCode;
        private FigureStamps.Stamp stamp;
        private UnitRecordsRead read;

        private OneUnit(String unitCode) {
            this.unitCode = unitCode;
        }

        String unitCode() {
            return unitCode;
        }

        /** The matrix for the period at the as-of date (clipped to the cut-off); empty for an unknown unit. */
        Optional<PeriodFigures> figures(String regime, ReportingPeriod period, LocalDate asOf) {
            if (stamp == null) {
                stamp = cache.stampOf(unitCode);
            }
            LocalDate at = MatrixCounting.effectiveAsOf(asOf, period.windowEnd());
            return cache.figures(unitCode, regime, period.key(), at, stamp, () -> count(read(), regime, period, at));
        }

        private UnitRecordsRead read() {
            if (read == null) {
                List<AssignedTask> tasks = records.assignedTasks(unitCode);
                List<PlanLink> ledByOccurrence = links.ledBy(unitCode, TimeframeKind.namesByOccurrence());
                boolean known = !tasks.isEmpty() || !ledByOccurrence.isEmpty() || links.leadsAny(unitCode);
                read = new UnitRecordsRead(known, tasks, ledByOccurrence, records.lifecycleFacts(unitCode));
            }
            return read;
        }

        private Optional<PeriodFigures> count(UnitRecordsRead read, String regime, ReportingPeriod period, LocalDate at) {
            if (!read.known()) {
                return Optional.empty();
            }
            List<AssignedTask> counted = ofPeriod(read.tasks(), period);
            List<AssignmentFacts> facts = facts(counted, read.lifecycleFacts(), at);
            long notOccurred = notOccurred(read.ledByOccurrence(), unitCode::equals, counted, facts, period, at);
            return Optional.of(new PeriodFigures(unitCode, regime, period.key(), period.label(), period.windowStart(),
                    period.windowEnd(), at, role(facts, AssignmentRole.LEAD, period, at).plusNotOccurred(notOccurred),
                    role(facts, AssignmentRole.COORDINATOR, period, at), RoleFigures.COMPLETION_RATE_FORMULA,
                    RoleFigures.ON_TIME_RATE_FORMULA, null));
        }
    }

    /**
     * What a unit's matrices are counted from: its assignments, the plans where it leads a task that
     * counts by occurrence ("không phát sinh"), its lifecycle facts; unknown when it has no assignment
     * and leads no task of any plan.
     */
    private record UnitRecordsRead(boolean known, List<AssignedTask> tasks, List<PlanLink> ledByOccurrence,
            List<LifecycleFact> lifecycleFacts) {
    }

    /**
     * The matrix of the assignments of the given plans held by the given units (all together) for the
     * period at the as-of date, lead and coordinator apart: what a department did under some plans.
     */
    public PlanFigures ofPlans(Collection<String> planIds, Predicate<String> units, ReportingPeriod period,
            LocalDate asOf) {
        LocalDate at = MatrixCounting.effectiveAsOf(asOf, period.windowEnd());
        List<AssignedTask> tasks = ofPeriod(records.assignedTasksOfPlans(planIds).stream()
                .filter(task -> units.test(task.unitCode())).toList(), period);
        List<AssignmentFacts> facts = facts(tasks, records.lifecycleFactsOf(
                tasks.stream().map(AssignedTask::assignmentId).toList()), at);
        long notOccurred = notOccurred(links.plans(planIds), units, tasks, facts, period, at);
        return new PlanFigures(role(facts, AssignmentRole.LEAD, period, at).plusNotOccurred(notOccurred),
                role(facts, AssignmentRole.COORDINATOR, period, at));
    }

    /** "Không phát sinh" of the units' event-driven lead tasks under the plans ({@link NotOccurred}). */
    private long notOccurred(List<PlanLink> plans, Predicate<String> units, List<AssignedTask> tasks,
            List<AssignmentFacts> facts, ReportingPeriod period, LocalDate at) {
        if (plans.isEmpty()) {
            return 0;
        }
        List<NotOccurred.Counted> assignments = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            assignments.add(new NotOccurred.Counted(tasks.get(i), facts.get(i)));
        }
        return NotOccurred.count(plans, coverages.of(plans.stream().map(PlanLink::planId).toList()), units,
                assignments, period.windowStart(), at);
    }

    /** Leaves out the instances of recurring tasks that belong to another period. */
    private static List<AssignedTask> ofPeriod(List<AssignedTask> tasks, ReportingPeriod period) {
        return tasks.stream().filter(task -> PeriodMembership.instanceMayCount(task.instanceKey(), period)).toList();
    }

    private List<AssignmentFacts> facts(List<AssignedTask> tasks, List<LifecycleFact> lifecycleFacts, LocalDate at) {
        Map<String, List<LifecycleFact>> lifecycle = lifecycleFacts.stream()
                .collect(Collectors.groupingBy(LifecycleFact::assignmentId));
        Map<String, PlanCoverage> coverage = coverages.of(tasks.stream().map(AssignedTask::planId)
                .filter(Objects::nonNull).distinct().toList());
        return tasks.stream().map(task -> covered(AssignmentTimeline.at(task,
                lifecycle.getOrDefault(task.assignmentId(), List.of()), at), coverage.get(task.planId()))).toList();
    }

    /** Under the plan's coverage once {@code plan-issued} is known; before that, open-ended. */
    private static AssignmentFacts covered(AssignmentFacts facts, PlanCoverage coverage) {
        return coverage == null ? facts : facts.coveredBy(coverage.coverageStart(), coverage.coverageEnd());
    }

    private static RoleFigures role(List<AssignmentFacts> facts, AssignmentRole role, ReportingPeriod period,
            LocalDate asOf) {
        return RoleFigures.count(facts.stream().filter(fact -> fact.role() == role).toList(),
                period.windowStart(), asOf);
    }

    private List<UnitCounts> count(Criteria which, AggregationOperation... page) {
        List<AggregationOperation> stages = new ArrayList<>(List.of(
                match(which),
                group("unitCode").count().as("assignments")
                        .sum(isRole(AssignmentRole.LEAD)).as("lead")
                        .sum(isRole(AssignmentRole.COORDINATOR)).as("coordinator"),
                sort(Sort.by("_id"))));
        stages.addAll(List.of(page));
        Aggregation aggregation = newAggregation(stages);
        return mongo.aggregate(aggregation, AssignedTask.class, Document.class).getMappedResults()
                .stream()
                .map(row -> new UnitCounts(row.getString("_id"), number(row, "assignments"),
                        number(row, "lead"), number(row, "coordinator")))
                .toList();
    }

    private static ConditionalOperators.Cond isRole(AssignmentRole role) {
        return ConditionalOperators.when(Criteria.where("role").is(role.name())).then(1).otherwise(0);
    }

    private static long number(Document row, String field) {
        return ((Number) row.get(field)).longValue();
    }
}
