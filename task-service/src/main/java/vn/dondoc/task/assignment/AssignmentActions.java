package vn.dondoc.task.assignment;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Service;
import vn.dondoc.eventing.PendingEvent;

/**
 * Carries out a command on an assignment: read, apply the lifecycle rules, store state + history
 * line + event in one conditional update, retry when someone else changed it meanwhile. A request
 * id that was already applied changes nothing and returns the assignment as it is.
 */
@Service
public class AssignmentActions {

    /** The actor of what the system does by itself. */
    public static final String SYSTEM = "system";

    private static final int ATTEMPTS = 5;

    private final MongoOperations mongo;
    private final AssignmentWrites writes;
    private final Clock clock;

    AssignmentActions(MongoOperations mongo, AssignmentWrites writes, Clock clock) {
        this.mongo = mongo;
        this.writes = writes;
        this.clock = clock;
    }

    /**
     * As {@link #act(String, AssignmentCommand, String, String)} for a person: the access check
     * decides on the assignment as read, before the rules, and its refusal changes nothing; nor does a
     * command once the history is full ({@link HistoryLimit}: {@link IllegalTransitionException}).
     *
     * @param person      the person's name, as the history shows it
     * @param accessCheck throws unless the person may carry out the command on the assignment
     */
    public Assignment actFor(String assignmentId, AssignmentCommand command, String person, String requestId,
            Consumer<Assignment> accessCheck) {
        return act(assignmentId, command, person, requestId, LocalDate.now(clock), accessCheck,
                HistoryLimit::requireRoom);
    }

    /**
     * Without an access check, for the system's own jobs.
     *
     * @param actor     who does it, as the history shows it
     * @param requestId the caller's idempotency key; the event id is derived from it
     */
    public Assignment act(String assignmentId, AssignmentCommand command, String actor,
            String requestId) {
        return act(assignmentId, command, actor, requestId, LocalDate.now(clock));
    }

    /** As {@link #act(String, AssignmentCommand, String, String)}, on a given business day. */
    public Assignment act(String assignmentId, AssignmentCommand command, String actor,
            String requestId, LocalDate today) {
        return act(assignmentId, command, actor, requestId, today, current -> { }, current -> { });
    }

    private Assignment act(String assignmentId, AssignmentCommand command, String actor,
            String requestId, LocalDate today, Consumer<Assignment> accessCheck, Consumer<Assignment> roomCheck) {
        Objects.requireNonNull(requestId, "requestId");
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Assignment current = find(assignmentId);
            accessCheck.accept(current);
            if (current.applied(requestId)) {
                return current;
            }
            roomCheck.accept(current);
            Assignment changed = next(current, command, actor, requestId, clock.instant(), today);
            if (writes.store(current, changed)) {
                return find(assignmentId);
            }
        }
        throw new OptimisticLockingFailureException("Phân công " + assignmentId
                + " đang được cập nhật đồng thời, vui lòng thử lại");
    }

    /**
     * A change the system makes by itself (plan amended or withdrawn); {@code false} when the
     * assignment's state no longer allows it, e.g. the office accepted its result meanwhile.
     */
    public boolean actAsSystem(String assignmentId, AssignmentCommand command, String requestId) {
        try {
            act(assignmentId, command, SYSTEM, requestId);
            return true;
        } catch (IllegalTransitionException stateChangedMeanwhile) {
            return false;
        }
    }

    /** The assignment after the command, with its history line and event appended (pure). */
    static Assignment next(Assignment current, AssignmentCommand command, String actor,
            String requestId, Instant now, LocalDate today) {
        AssignmentLifecycle.Outcome outcome = AssignmentLifecycle.apply(current, command, today, actor,
                now);
        Assignment.Draft draft = outcome.draft();
        String eventId = eventIdOf(current.id(), requestId);
        PendingEvent event = AssignmentEvents.of(current, draft, command, eventId, now, actor, today);
        HistoryEntry line = new HistoryEntry(now, today, actor, command.action(), outcome.detail(),
                requestId, eventId, draft.work.status(), draft.deadline.dueDate(), draft.work.submittedOn());
        return draft.done(line, event);
    }

    private Assignment find(String assignmentId) {
        Assignment assignment = mongo.findById(assignmentId, Assignment.class);
        if (assignment == null) {
            throw new AssignmentNotFoundException(assignmentId);
        }
        return assignment;
    }

    /** The same request on the same assignment always publishes under the same event id. */
    static String eventIdOf(String assignmentId, String requestId) {
        return UUID.nameUUIDFromBytes((assignmentId + ":" + requestId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
