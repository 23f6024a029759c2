package vn.dondoc.reporting.assignmentstatus;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import vn.dondoc.contracts.AssignmentStatusChanged;
import vn.dondoc.eventing.Outbox;
import vn.dondoc.eventing.OutboxWrites;
import vn.dondoc.eventing.PendingEvent;
import vn.dondoc.reporting.calendar.RegimeSelection;
import vn.dondoc.reporting.calendar.ReportingCalendar;
import vn.dondoc.reporting.obligation.ReportScheduling;
import vn.dondoc.reporting.unitfigures.AssignedTask;
import vn.dondoc.reporting.unitfigures.AssignmentFactsListener;
import vn.dondoc.reporting.unitfigures.AssignmentOnDate;
import vn.dondoc.reporting.unitfigures.UnitFigures;
import vn.dondoc.security.Caller;
import vn.dondoc.vocabulary.ReportingPeriod;

/**
 * Keeps {@code assignment-status}: after every recorded event of an assignment, and once a day for
 * every assignment (a deadline passes, a period opens), its {@link AssignmentState} is computed and,
 * when it differs from the one last published, stored with its event in one update of the
 * assignment's {@link AssignmentStatusRecord} (the outbox relays it). A write names the revision it
 * read, so two refreshes of one assignment at once cannot leave the older facts' state last.
 */
@Service
public class AssignmentStatuses implements AssignmentFactsListener {

    private static final Logger log = LoggerFactory.getLogger(AssignmentStatuses.class);
    private static final int ATTEMPTS = 5;

    private final MongoOperations mongo;
    private final OutboxWrites writes;
    private final UnitFigures figures;
    private final ReportingCalendar calendar;
    private final RegimeSelection selection;
    private final ReportScheduling scheduling;
    private final Clock clock;
    private volatile LocalDate lastSwept;

    AssignmentStatuses(MongoOperations mongo, OutboxWrites writes, UnitFigures figures, ReportingCalendar calendar,
            RegimeSelection selection, ReportScheduling scheduling, Clock clock) {
        this.mongo = mongo;
        this.writes = writes;
        this.figures = figures;
        this.calendar = calendar;
        this.selection = selection;
        this.scheduling = scheduling;
        this.clock = clock;
    }

    @Override
    public void recorded(List<String> assignmentIds) {
        CurrentPeriods periods = periodsOn(LocalDate.now(clock));
        // the stored states first, then the facts: a write based on facts older than another's fails
        Map<String, AssignmentStatusRecord> stored = storedWhere(where("_id").in(assignmentIds));
        Written written = writeAll(figures.assignments(assignmentIds, periods.today()), stored, periods);
        written.collided().forEach(id -> refresh(id, periods));
    }

    /**
     * The daily re-evaluation, when the day differs from the last one swept — remembered in the
     * store, so that a restart on the same day does not re-evaluate every assignment again.
     */
    public int sweepOnNewDay() {
        LocalDate today = LocalDate.now(clock);
        if (today.equals(lastSwept)) {
            return 0;
        }
        SweptDay swept = mongo.findById(SweptDay.ID, SweptDay.class);
        int written = swept != null && today.equals(swept.day()) ? 0 : sweep(today);
        mongo.save(new SweptDay(SweptDay.ID, today));
        lastSwept = today;
        return written;
    }

    /** Re-evaluates every assignment on the day, unit by unit; returns how many states changed. */
    public int sweep(LocalDate today) {
        CurrentPeriods periods = periodsOn(today);
        int written = 0;
        for (String unitCode : figures.unitCodes()) {
            Map<String, AssignmentStatusRecord> stored = storedWhere(where("unitCode").is(unitCode));
            Written unit = writeAll(figures.assignmentsOf(unitCode, today), stored, periods);
            written += unit.count();
            for (String id : unit.collided()) {
                written += refresh(id, periods) ? 1 : 0;
            }
        }
        if (written > 0) {
            log.info("Re-evaluated the assignments on {}: {} states changed", today, written);
        }
        return written;
    }

    /** One assignment again, from what is stored now, after its write collided with another's. */
    private boolean refresh(String assignmentId, CurrentPeriods periods) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Map<String, AssignmentStatusRecord> stored = storedWhere(where("_id").is(assignmentId));
            Written written = writeAll(figures.assignments(List.of(assignmentId), periods.today()), stored, periods);
            if (written.collided().isEmpty()) {
                return written.count() > 0;
            }
        }
        throw new IllegalStateException("the status of assignment " + assignmentId + " was written by another "
                + ATTEMPTS + " times while it was computed");
    }

    private Map<String, AssignmentStatusRecord> storedWhere(Criteria which) {
        return mongo.find(query(which), AssignmentStatusRecord.class).stream()
                .collect(Collectors.toMap(AssignmentStatusRecord::assignmentId, Function.identity()));
    }

    /**
     * Stores the state of each assignment whose state changed, with its event: the first states of
     * assignments in one bulk insert, the others each in an update conditioned on the revision read.
     * An assignment whose write met another's (its first state inserted meanwhile, its revision
     * raised) is left for a {@link #refresh}.
     */
    private Written writeAll(List<AssignmentOnDate> assignments, Map<String, AssignmentStatusRecord> stored,
            CurrentPeriods periods) {
        List<AssignmentStatusRecord> first = new ArrayList<>();
        List<String> collided = new ArrayList<>();
        int count = 0;
        for (AssignmentOnDate assignment : assignments) {
            AssignedTask task = assignment.task();
            AssignmentStatusRecord previous = stored.get(task.assignmentId());
            ReportingPeriod period = periods.of(task.planId(), task.unitCode());
            AssignmentState state = AssignmentState.of(assignment, period, periods.today());
            if (previous != null && previous.state().equals(state)) {
                continue;
            }
            PendingEvent event = Outbox.pending(task.assignmentId(), task.assignmentId(),
                    event(task, state, period, periods.today()));
            if (previous == null) {
                first.add(AssignmentStatusRecord.first(task, state, periods.today(), event));
            } else if (update(task, state, previous, periods.today(), event)) {
                count++;
            } else {
                collided.add(task.assignmentId());
            }
        }
        List<AssignmentStatusRecord> inserted = writes.insertAll(AssignmentStatusRecord.class, first);
        count += inserted.size();
        if (inserted.size() < first.size()) {
            Set<String> insertedIds = inserted.stream().map(AssignmentStatusRecord::assignmentId)
                    .collect(Collectors.toSet());
            first.stream().map(AssignmentStatusRecord::assignmentId).filter(id -> !insertedIds.contains(id))
                    .forEach(collided::add);
        }
        return new Written(count, collided);
    }

    /** {@code false} when another write raised the revision since it was read. */
    private boolean update(AssignedTask task, AssignmentState state, AssignmentStatusRecord previous, LocalDate today,
            PendingEvent event) {
        Update update = new Update().set("unitCode", task.unitCode()).set("role", state.role())
                .set("progress", state.progress()).set("timeliness", state.timeliness())
                .set("dueDate", state.dueDate()).set("column", state.column()).set("period", state.period())
                .set("asOf", today).set("revision", previous.revision() + 1)
                .push("pendingEvents", event);
        Query read = query(where("_id").is(task.assignmentId()).and("revision").is(previous.revision()));
        return writes.update(read, update, AssignmentStatusRecord.class).isPresent();
    }

    /** How many states were written; the assignments whose write met another's. */
    private record Written(int count, List<String> collided) {
    }

    private AssignmentStatusChanged event(AssignedTask task, AssignmentState state, ReportingPeriod period,
            LocalDate today) {
        return new AssignmentStatusChanged(UUID.randomUUID().toString(), clock.instant(), task.assignmentId(),
                Caller.departmentOf(task.unitCode()), task.unitCode(), task.planId(), task.taskId(),
                task.instanceKey(), state.role(), state.progress().name(), state.timeliness().name(),
                state.dueDate(), state.column().name(), state.column().label(), period.key(), period.label(), today);
    }

    private CurrentPeriods periodsOn(LocalDate today) {
        return new CurrentPeriods(scheduling::knownPlan, calendar, selection, today);
    }
}
