package vn.dondoc.task.access;

import org.springframework.stereotype.Service;
import vn.dondoc.task.assignment.Assignment;
import vn.dondoc.task.assignment.AssignmentActions;
import vn.dondoc.task.assignment.AssignmentCommand;

/**
 * A person's command on an assignment: carried out ({@link AssignmentActions}) only if
 * {@link AssignmentPermissions} allows the actor the command on the assignment as read, inside the
 * same attempt that would write; a refusal changes nothing. The history shows the actor's name.
 */
@Service
public class CheckedCommands {

    private final AssignmentActions actions;

    CheckedCommands(AssignmentActions actions) {
        this.actions = actions;
    }

    /**
     * Throws {@link ForbiddenActionException}, or {@code AssignmentNotFoundException} for another
     * department's assignment, changing nothing, unless the actor may carry out the command.
     */
    public Assignment act(String assignmentId, AssignmentCommand command, Actor actor, String requestId) {
        return actions.actFor(assignmentId, command, actor.name(), requestId,
                current -> AssignmentPermissions.checkMayDo(actor, current, command));
    }
}
