package vn.dondoc.notification.routing.messaging;

import java.time.Clock;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.dondoc.contracts.AssignmentRole;
import vn.dondoc.contracts.TaskAssignmentChanged;
import vn.dondoc.contracts.TaskDueSoon;
import vn.dondoc.contracts.TaskExtensionDecided;
import vn.dondoc.contracts.TaskOverdue;
import vn.dondoc.contracts.TaskReminderSent;
import vn.dondoc.contracts.TaskResultReviewed;
import vn.dondoc.contracts.TaskResultSubmitted;
import vn.dondoc.contracts.TaskWithdrawn;
import vn.dondoc.eventing.CloudEventReader;
import vn.dondoc.eventing.CloudEventReader.ReceivedEvent;
import vn.dondoc.notification.inbox.TaskNewsTexts;
import vn.dondoc.notification.routing.Announcements;
import vn.dondoc.notification.tracking.TrackedAssignments;
import vn.dondoc.unitnames.UnitNames;

/**
 * Bindings for what happens to an assignment after it was given: due soon, overdue, result
 * returned, extension decided, office reminder, withdrawn, lead/coordinator role changed by a plan
 * amendment (each an inbox message, email and webhooks
 * for the unit), and result submitted (only stops the weekly overdue reminder).
 */
@Configuration(proxyBeanMethods = false)
class TaskNewsConsumers {

    @Bean
    Consumer<Message<byte[]>> taskDueSoon(CloudEventReader reader, TaskNews news) {
        return message -> {
            ReceivedEvent<TaskDueSoon> received = reader.read(message, TaskDueSoon.class);
            TaskDueSoon e = received.data();
            news.tell(received, message, e.assignmentId(), e.planId(), e.taskId(), e.unitCode(),
                    (m, task) -> TaskNewsTexts.dueSoon(m, task.label(), task.content(), e.dueDate(), e.daysLeft()));
        };
    }

    @Bean
    Consumer<Message<byte[]>> taskOverdue(CloudEventReader reader, TaskNews news, TrackedAssignments tracked) {
        return message -> {
            ReceivedEvent<TaskOverdue> received = reader.read(message, TaskOverdue.class);
            TaskOverdue e = received.data();
            tracked.overdue(e.assignmentId(), e.unitCode(), e.dueDate(), e.asOf());
            news.tell(received, message, e.assignmentId(), e.planId(), e.taskId(), e.unitCode(),
                    (m, task) -> TaskNewsTexts.overdue(m, task.label(), task.content(), e.dueDate(),
                            e.daysOverdue(), false));
        };
    }

    @Bean
    Consumer<Message<byte[]>> taskResultSubmitted(CloudEventReader reader, TrackedAssignments tracked) {
        return message -> tracked.awaitingReview(reader.read(message, TaskResultSubmitted.class).data().assignmentId(),
                true);
    }

    @Bean
    Consumer<Message<byte[]>> taskResultReviewed(CloudEventReader reader, TaskNews news, TrackedAssignments tracked) {
        return message -> {
            ReceivedEvent<TaskResultReviewed> received = reader.read(message, TaskResultReviewed.class);
            TaskResultReviewed e = received.data();
            if (e.accepted()) {
                tracked.closed(e.assignmentId());
                return;
            }
            tracked.awaitingReview(e.assignmentId(), false);
            news.tell(received, message, e.assignmentId(), e.planId(), e.taskId(), e.unitCode(),
                    (m, task) -> TaskNewsTexts.resultReturned(m, task.label(), task.content(), e.note()));
        };
    }

    @Bean
    Consumer<Message<byte[]>> taskExtensionDecided(CloudEventReader reader, TaskNews news,
            TrackedAssignments tracked) {
        return message -> {
            ReceivedEvent<TaskExtensionDecided> received = reader.read(message, TaskExtensionDecided.class);
            TaskExtensionDecided e = received.data();
            if (e.approved() && e.dueDate() != null) {
                tracked.deadlineMoved(e.assignmentId(), e.dueDate());
            }
            news.tell(received, message, e.assignmentId(), e.planId(), e.taskId(), e.unitCode(),
                    (m, task) -> TaskNewsTexts.extensionDecided(m, task.label(), task.content(), e.approved(),
                            e.originalDueDate(), e.dueDate(), e.approvedExtensions(), e.note()));
        };
    }

    @Bean
    Consumer<Message<byte[]>> taskReminderSent(CloudEventReader reader, TaskNews news) {
        return message -> {
            ReceivedEvent<TaskReminderSent> received = reader.read(message, TaskReminderSent.class);
            TaskReminderSent e = received.data();
            news.tell(received, message, e.assignmentId(), e.planId(), e.taskId(), e.unitCode(),
                    (m, task) -> TaskNewsTexts.reminder(m, task.label(), task.content(), e.message(), e.dueDate()));
        };
    }

    @Bean
    Consumer<Message<byte[]>> taskWithdrawn(CloudEventReader reader, TaskNews news, TrackedAssignments tracked) {
        return message -> {
            ReceivedEvent<TaskWithdrawn> received = reader.read(message, TaskWithdrawn.class);
            TaskWithdrawn e = received.data();
            tracked.closed(e.assignmentId());
            news.tell(received, message, e.assignmentId(), e.planId(), e.taskId(), e.unitCode(),
                    (m, task) -> TaskNewsTexts.withdrawn(m, task.label(), task.content(), e.reason()));
        };
    }

    @Bean
    Consumer<Message<byte[]>> taskAssignmentChanged(CloudEventReader reader, TaskNews news, UnitNames names) {
        return message -> {
            ReceivedEvent<TaskAssignmentChanged> received = reader.read(message, TaskAssignmentChanged.class);
            TaskAssignmentChanged e = received.data();
            if (e.role() == e.previousRole()) {
                return; // new wording or leads only: the unit's part is unchanged
            }
            news.tell(received, message, e.assignmentId(), e.planId(), e.taskId(), e.unitCode(),
                    (m, task) -> TaskNewsTexts.roleChanged(m, task.label(),
                            e.taskContent() == null ? task.content() : e.taskContent(),
                            e.role() == AssignmentRole.LEAD, e.leadUnits().stream().map(names::unit).toList()));
        };
    }

    @Bean
    TaskNews taskNews(TrackedAssignments tracked, Announcements announcements, Clock clock) {
        return new TaskNews(tracked, announcements, clock);
    }
}
