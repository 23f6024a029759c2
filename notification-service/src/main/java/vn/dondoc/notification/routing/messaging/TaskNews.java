package vn.dondoc.notification.routing.messaging;

import java.time.Clock;
import java.util.function.BiFunction;
import org.springframework.messaging.Message;
import vn.dondoc.eventing.CloudEventReader.ReceivedEvent;
import vn.dondoc.notification.inbox.Notification;
import vn.dondoc.notification.inbox.TaskNewsTexts;
import vn.dondoc.notification.routing.Announcements;
import vn.dondoc.notification.tracking.TrackedAssignment;
import vn.dondoc.notification.tracking.TrackedAssignments;

/** Announces an assignment's event to its unit, naming the task as {@code task-assigned} described it. */
class TaskNews {

    /** How the task is named in the texts. */
    record Task(String label, String content) {
    }

    private final TrackedAssignments tracked;
    private final Announcements announcements;
    private final Clock clock;

    TaskNews(TrackedAssignments tracked, Announcements announcements, Clock clock) {
        this.tracked = tracked;
        this.announcements = announcements;
        this.clock = clock;
    }

    void tell(ReceivedEvent<?> received, Message<byte[]> message, String assignmentId, String planId,
            String taskId, String unitCode, BiFunction<TaskNewsTexts.Message, Task, Notification> text) {
        Task task = tracked.of(assignmentId).filter(known -> known.planId() != null)
                .map(known -> new Task(known.label(), known.taskContent() == null ? "Nhiệm vụ " + taskId
                        : known.taskContent()))
                .orElse(new Task("nhiệm vụ " + taskId, "Nhiệm vụ " + taskId));
        Notification news = text.apply(new TaskNewsTexts.Message(received.id(), unitCode, clock.instant()), task);
        announcements.announce(NotificationConsumers.source(received, message), news, planId, taskId);
    }
}
