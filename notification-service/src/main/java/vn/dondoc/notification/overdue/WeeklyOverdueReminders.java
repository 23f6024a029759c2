package vn.dondoc.notification.overdue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.dondoc.notification.inbox.Notification;
import vn.dondoc.notification.inbox.TaskNewsTexts;
import vn.dondoc.notification.routing.Announcements;
import vn.dondoc.notification.routing.SourceEvent;
import vn.dondoc.notification.tracking.TrackedAssignment;
import vn.dondoc.notification.tracking.TrackedAssignments;

/**
 * "Then weekly while overdue": each day, every assignment announced overdue by {@code task-overdue}
 * and still open (not submitted for review, accepted, withdrawn, or given a later deadline) that
 * has been overdue a whole number of weeks since that announcement gets a reminder for the current
 * week. The reminder's id is a name-based UUID of (assignment, deadline, week), so a second pass on
 * the same day, a restart or another instance sends nothing new; missed weeks are not sent late.
 */
@Component
public class WeeklyOverdueReminders {

    /** CloudEvents type and source of the reminders as webhooks receive them. */
    public static final String TYPE = "vn.dondoc.notification.overdue-reminder.v1";
    public static final String SOURCE = "/dondoc/notification-service";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TrackedAssignments tracked;
    private final Announcements announcements;
    private final Clock clock;

    WeeklyOverdueReminders(TrackedAssignments tracked, Announcements announcements, Clock clock) {
        this.tracked = tracked;
        this.announcements = announcements;
        this.clock = clock;
    }

    @Scheduled(cron = "${notification.overdue.weekly-cron:0 30 7 * * *}", zone = "Asia/Ho_Chi_Minh")
    void remindToday() {
        remind(LocalDate.now(clock));
    }

    /** Sends the reminders due on {@code today}; returns how many assignments were due one. */
    public int remind(LocalDate today) {
        int due = 0;
        for (TrackedAssignment assignment : tracked.remindedWeekly()) {
            long week = ChronoUnit.DAYS.between(assignment.overdueSince(), today) / 7;
            if (week >= 1) {
                remind(assignment, week, today);
                due++;
            }
        }
        return due;
    }

    private void remind(TrackedAssignment assignment, long week, LocalDate today) {
        String name = assignment.id() + ":" + assignment.overdueDueDate() + ":week-" + week;
        String id = UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
        long daysOverdue = ChronoUnit.DAYS.between(assignment.overdueDueDate(), today);
        String content = assignment.taskContent() == null ? "Nhiệm vụ " + assignment.taskId()
                : assignment.taskContent();
        Notification news = TaskNewsTexts.overdue(
                new TaskNewsTexts.Message(id, assignment.unitCode(), clock.instant()), assignment.label(), content,
                assignment.overdueDueDate(), daysOverdue, true);
        ObjectNode data = JSON.createObjectNode();
        data.put("eventId", id);
        data.put("occurredAt", clock.instant().toString());
        data.put("assignmentId", assignment.id());
        data.put("planId", assignment.planId());
        data.put("taskId", assignment.taskId());
        data.put("unitCode", assignment.unitCode());
        data.put("dueDate", assignment.overdueDueDate().toString());
        data.put("asOf", today.toString());
        data.put("daysOverdue", daysOverdue);
        data.put("week", week);
        announcements.announce(new SourceEvent(id, TYPE, SOURCE, JSON.writeValueAsBytes(data)), news,
                assignment.planId(), assignment.taskId());
    }
}
