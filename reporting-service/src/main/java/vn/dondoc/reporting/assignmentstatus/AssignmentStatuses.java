package vn.dondoc.reporting.assignmentstatus;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import vn.dondoc.contracts.AssignmentStatusChanged;
import vn.dondoc.eventing.Outbox;
import vn.dondoc.eventing.OutboxWrites;
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
    public void recorded(String assignmentId) {
        refresh(assignmentId, periodsOn(LocalDate.now(clock)));
    }

    /** The daily re-evaluation, when the day changed since the last one (or the service started). */
    public int sweepOnNewDay() {
        LocalDate today = LocalDate.now(clock);
        if (today.equals(lastSwept)) {
            return 0;
        }
        int written = sweep(today);
        lastSwept = today;
        return written;
    }

    /** Re-evaluates every assignment on the day, unit by unit; returns how many states changed. */
    public int sweep(LocalDate today) {
        CurrentPeriods periods = periodsOn(today);
        int written = 0;
        for (String unitCode : figures.unitCodes()) {
            Map<String, AssignmentStatusRecord> stored = mongo.find(query(where("unitCode").is(unitCode)),
                    AssignmentStatusRecord.class).stream()
                    .collect(Collectors.toMap(AssignmentStatusRecord::assignmentId, Function.identity()));
            for (AssignmentOnDate assignment : figures.assignmentsOf(unitCode, today)) {
                String id = assignment.task().assignmentId();
                try {
                    written += write(assignment, stored.get(id), periods) ? 1 : 0;
                } catch (DuplicateKeyException | ConcurrentRefresh e) {
                    // an event of the assignment was handled meanwhile: compute again from what is stored now
                    written += refresh(id, periods) ? 1 : 0;
                }
            }
        }
        if (written > 0) {
            log.info("Re-evaluated the assignments on {}: {} states changed", today, written);
        }
        return written;
    }

    private boolean refresh(String assignmentId, CurrentPeriods periods) {
        for (int attempt = 1; ; attempt++) {
            // the stored state first, then the facts: a write based on facts older than another's fails
            AssignmentStatusRecord stored = mongo.findById(assignmentId, AssignmentStatusRecord.class);
            AssignmentOnDate assignment = figures.assignment(assignmentId, periods.today()).orElse(null);
            if (assignment == null) {
                return false;
            }
            try {
                return write(assignment, stored, periods);
            } catch (DuplicateKeyException | ConcurrentRefresh e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** Stores the state and its event when it changed; {@code false} when it did not. */
    private boolean write(AssignmentOnDate assignment, AssignmentStatusRecord stored, CurrentPeriods periods) {
        AssignedTask task = assignment.task();
        ReportingPeriod period = periods.of(task.planId(), task.unitCode());
        AssignmentState state = AssignmentState.of(assignment, period, periods.today());
        if (stored != null && stored.state().equals(state)) {
            return false;
        }
        long revision = stored == null ? 1 : stored.revision() + 1;
        AssignmentStatusChanged event = event(task, state, period, periods.today());
        Update update = new Update().set("unitCode", task.unitCode()).set("role", state.role())
                .set("progress", state.progress()).set("timeliness", state.timeliness())
                .set("dueDate", state.dueDate()).set("column", state.column()).set("period", state.period())
                .set("asOf", periods.today()).set("revision", revision)
                .push("pendingEvents", Outbox.pending(task.assignmentId(), task.assignmentId(), event));
        if (stored == null) {
            // inserted only while there is none: a concurrent first write makes this one a duplicate key
            writes.upsert(query(where("_id").is(task.assignmentId()).and("revision").exists(false)), update,
                    AssignmentStatusRecord.class);
            return true;
        }
        Query read = query(where("_id").is(task.assignmentId()).and("revision").is(stored.revision()));
        if (writes.update(read, update, AssignmentStatusRecord.class).isEmpty()) {
            throw new ConcurrentRefresh();
        }
        return true;
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

    /** Another refresh wrote the assignment's state after this one read it. */
    private static final class ConcurrentRefresh extends RuntimeException {
        ConcurrentRefresh() {
            super(null, null, false, false);
        }
    }
}
