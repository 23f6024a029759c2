package vn.dondoc.task.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.task.access.Actor;
import vn.dondoc.task.access.CheckedCommands;
import vn.dondoc.task.assignment.AssignmentCommand;

/**
 * What units and the office do to an assignment. Each call may carry an {@code Idempotency-Key}
 * header: the same key on the same assignment is applied once (no second history line, no second
 * event) and answers with the assignment as it is. The actor comes from the bearer token; what it
 * may do to which assignment is {@code AssignmentPermissions}' rule (403, nothing changed).
 */
@RestController
class AssignmentCommandController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final CheckedCommands actions;
    private final Clock clock;

    AssignmentCommandController(CheckedCommands actions, Clock clock) {
        this.actions = actions;
        this.clock = clock;
    }

    @PostMapping("/assignments/{id}/acknowledge")
    AssignmentView acknowledge(@PathVariable String id,
            @AuthenticationPrincipal Jwt actor,
            @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String key) {
        return act(id, new AssignmentCommand.Acknowledge(), actor, key);
    }

    @PostMapping("/assignments/{id}/refuse")
    AssignmentView refuse(@PathVariable String id, @Valid @RequestBody CommandRequests.Refusal body,
            @AuthenticationPrincipal Jwt actor,
            @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String key) {
        return act(id, new AssignmentCommand.Refuse(body.reason()), actor, key);
    }

    @PostMapping("/assignments/{id}/progress")
    AssignmentView progress(@PathVariable String id,
            @Valid @RequestBody CommandRequests.Progress body,
            @AuthenticationPrincipal Jwt actor,
            @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String key) {
        return act(id, new AssignmentCommand.ReportProgress(body.percent(), body.note()), actor, key);
    }

    @PostMapping("/assignments/{id}/result")
    AssignmentView submit(@PathVariable String id, @Valid @RequestBody CommandRequests.Result body,
            @AuthenticationPrincipal Jwt actor,
            @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String key) {
        return act(id, new AssignmentCommand.SubmitResult(body.summary()), actor, key);
    }

    @PostMapping("/assignments/{id}/result/review")
    AssignmentView review(@PathVariable String id, @Valid @RequestBody CommandRequests.Review body,
            @AuthenticationPrincipal Jwt actor,
            @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String key) {
        return act(id, new AssignmentCommand.ReviewResult(body.accepted(), body.note()), actor, key);
    }

    @PostMapping("/assignments/{id}/extension-request")
    AssignmentView requestExtension(@PathVariable String id,
            @Valid @RequestBody CommandRequests.ExtensionAsked body,
            @AuthenticationPrincipal Jwt actor,
            @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String key) {
        return act(id, new AssignmentCommand.RequestExtension(body.requestedDueDate(), body.reason()),
                actor, key);
    }

    @PostMapping("/assignments/{id}/extension-request/decision")
    AssignmentView decideExtension(@PathVariable String id,
            @Valid @RequestBody CommandRequests.ExtensionDecision body,
            @AuthenticationPrincipal Jwt actor,
            @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String key) {
        return act(id, new AssignmentCommand.DecideExtension(body.approved(), body.note()), actor,
                key);
    }

    @PostMapping("/assignments/{id}/notes")
    AssignmentView note(@PathVariable String id, @Valid @RequestBody CommandRequests.Note body,
            @AuthenticationPrincipal Jwt actor,
            @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String key) {
        return act(id, new AssignmentCommand.AddNote(body.text()), actor, key);
    }

    @PostMapping("/assignments/{id}/withdraw")
    AssignmentView withdraw(@PathVariable String id,
            @Valid @RequestBody(required = false) CommandRequests.Withdrawal body,
            @AuthenticationPrincipal Jwt actor,
            @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String key) {
        return act(id, new AssignmentCommand.Withdraw(body == null ? null : body.reason()), actor, key);
    }

    @PostMapping("/assignments/{id}/reminders")
    AssignmentView remind(@PathVariable String id,
            @Valid @RequestBody(required = false) CommandRequests.Reminder body,
            @AuthenticationPrincipal Jwt actor,
            @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String key) {
        return act(id, new AssignmentCommand.Remind(body == null ? null : body.message()), actor, key);
    }

    private AssignmentView act(String id, AssignmentCommand command, Jwt token, String key) {
        Actor actor = TokenActor.of(token);
        return AssignmentView.withHistory(actions.act(id, command, actor, ClientKeys.requestId(actor.name(), key)),
                LocalDate.now(clock));
    }
}
