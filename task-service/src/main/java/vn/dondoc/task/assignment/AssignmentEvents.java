package vn.dondoc.task.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import vn.dondoc.contracts.IntegrationEvent;
import vn.dondoc.contracts.TaskAcknowledged;
import vn.dondoc.contracts.TaskAssignmentChanged;
import vn.dondoc.contracts.TaskDueDateChanged;
import vn.dondoc.contracts.TaskDueSoon;
import vn.dondoc.contracts.TaskExtensionDecided;
import vn.dondoc.contracts.TaskExtensionRequested;
import vn.dondoc.contracts.TaskNoteAdded;
import vn.dondoc.contracts.TaskOverdue;
import vn.dondoc.contracts.TaskProgressReported;
import vn.dondoc.contracts.TaskRefused;
import vn.dondoc.contracts.TaskReminderSent;
import vn.dondoc.contracts.TaskResultReviewed;
import vn.dondoc.contracts.TaskResultSubmitted;
import vn.dondoc.contracts.TaskWithdrawn;
import vn.dondoc.eventing.Outbox;
import vn.dondoc.eventing.PendingEvent;
import vn.dondoc.security.Caller;
import vn.dondoc.task.assignment.AssignmentCommand.Acknowledge;
import vn.dondoc.task.assignment.AssignmentCommand.AddNote;
import vn.dondoc.task.assignment.AssignmentCommand.AnnounceDueSoon;
import vn.dondoc.task.assignment.AssignmentCommand.AnnounceOverdue;
import vn.dondoc.task.assignment.AssignmentCommand.ChangeAssignment;
import vn.dondoc.task.assignment.AssignmentCommand.ChangeDueDate;
import vn.dondoc.task.assignment.AssignmentCommand.DecideExtension;
import vn.dondoc.task.assignment.AssignmentCommand.Refuse;
import vn.dondoc.task.assignment.AssignmentCommand.Remind;
import vn.dondoc.task.assignment.AssignmentCommand.ReportProgress;
import vn.dondoc.task.assignment.AssignmentCommand.RequestExtension;
import vn.dondoc.task.assignment.AssignmentCommand.ReviewResult;
import vn.dondoc.task.assignment.AssignmentCommand.SubmitResult;
import vn.dondoc.task.assignment.AssignmentCommand.Withdraw;

/** The event each command publishes: one topic per type, key = unit code, subject = assignment id. */
final class AssignmentEvents {

    private AssignmentEvents() {
    }

    static PendingEvent of(Assignment before, Assignment.Draft after, AssignmentCommand command,
            String eventId, Instant now, String actor, LocalDate today) {
        String id = before.id();
        String plan = before.origin().planId();
        String task = before.origin().taskId();
        String unit = before.origin().unitCode();
        String department = Caller.departmentOf(unit);
        IntegrationEvent event;
        if (command instanceof Acknowledge) {
            event = new TaskAcknowledged(eventId, now, id, plan, task, unit, actor, department);
        } else if (command instanceof Refuse c) {
            event = new TaskRefused(eventId, now, id, plan, task, unit, actor, c.reason(), department);
        } else if (command instanceof ReportProgress c) {
            event = new TaskProgressReported(eventId, now, id, plan, task, unit, actor, c.percent(),
                    c.note(), department);
        } else if (command instanceof SubmitResult c) {
            event = new TaskResultSubmitted(eventId, now, id, plan, task, unit, actor, c.summary(),
                    after.work.submittedOn(), department);
        } else if (command instanceof ReviewResult c) {
            event = new TaskResultReviewed(eventId, now, id, plan, task, unit, actor, c.accepted(),
                    c.note(), after.work.completedOn(), department);
        } else if (command instanceof RequestExtension c) {
            event = new TaskExtensionRequested(eventId, now, id, plan, task, unit, actor,
                    before.deadline().dueDate(), c.requestedDueDate(), c.reason(), department);
        } else if (command instanceof DecideExtension c) {
            event = new TaskExtensionDecided(eventId, now, id, plan, task, unit, actor, c.approved(),
                    before.deadline().originalDueDate(), after.deadline.dueDate(), after.deadline.approvedExtensions(),
                    c.note(), department);
        } else if (command instanceof Withdraw c) {
            event = new TaskWithdrawn(eventId, now, id, plan, task, unit, actor, c.reason(), department);
        } else if (command instanceof AddNote c) {
            event = new TaskNoteAdded(eventId, now, id, plan, task, unit, actor, c.text(), department);
        } else if (command instanceof Remind c) {
            event = new TaskReminderSent(eventId, now, id, plan, task, unit, actor, c.message(),
                    before.deadline().dueDate(), department);
        } else if (command instanceof ChangeDueDate c) {
            event = new TaskDueDateChanged(eventId, now, id, plan, task, unit, actor, before.deadline().dueDate(),
                    c.dueDate(), c.planVersion(), c.reason(), department);
        } else if (command instanceof ChangeAssignment c) {
            TaskTerms was = before.terms();
            TaskTerms is = after.terms;
            event = new TaskAssignmentChanged(eventId, now, id, plan, task, unit, actor, was.role(), is.role(),
                    was.taskNumber(), is.taskNumber(), was.taskContent(), is.taskContent(), was.leadUnits(),
                    is.leadUnits(), c.planVersion(), c.reason(), department);
        } else if (command instanceof AnnounceDueSoon) {
            event = new TaskDueSoon(eventId, now, id, plan, task, unit, actor, before.deadline().dueDate(), today,
                    ChronoUnit.DAYS.between(today, before.deadline().dueDate()), department);
        } else if (command instanceof AnnounceOverdue) {
            event = new TaskOverdue(eventId, now, id, plan, task, unit, actor, before.deadline().dueDate(), today,
                    ChronoUnit.DAYS.between(before.deadline().dueDate(), today), department);
        } else {
            throw new IllegalArgumentException("unknown command " + command);
        }
        return Outbox.pending(unit, id, event);
    }
}
