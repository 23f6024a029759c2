package vn.dondoc.task.deadline;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import vn.dondoc.contracts.AssignmentRole;
import vn.dondoc.task.assignment.Assignment;
import vn.dondoc.task.assignment.AssignmentActions;
import vn.dondoc.task.assignment.AssignmentCommand;
import vn.dondoc.task.assignment.DeadlineAlerts;
import vn.dondoc.task.assignment.IllegalTransitionException;
import vn.dondoc.vocabulary.DueSoon;

/**
 * Runs every day (cron {@code task.deadline-watch.cron}, zone Asia/Ho_Chi_Minh) on the injected
 * clock's date: publishes {@code task-due-soon} and {@code task-overdue} through the assignment's
 * own conditional update, whose request id names the deadline, so each is published once per
 * assignment and deadline however often the job runs.
 */
@Service
public class DeadlineWatch {

    private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);

    private final MongoOperations mongo;
    private final AssignmentActions actions;
    private final Clock clock;

    DeadlineWatch(MongoOperations mongo, AssignmentActions actions, Clock clock) {
        this.mongo = mongo;
        this.actions = actions;
        this.clock = clock;
    }

    @Scheduled(cron = "${task.deadline-watch.cron:0 5 0 * * *}", zone = "Asia/Ho_Chi_Minh")
    void daily() {
        run(LocalDate.now(clock));
    }

    /** One pass for the given day; returns how many announcements were made. */
    public int run(LocalDate today) {
        int announced = 0;
        for (Assignment assignment : candidates(today)) {
            if (DeadlineAlerts.overdue(assignment, today)) {
                announced += announce(assignment, new AssignmentCommand.AnnounceOverdue(), "task-overdue",
                        today);
            } else if (DeadlineAlerts.dueSoon(assignment, today)) {
                announced += announce(assignment, new AssignmentCommand.AnnounceDueSoon(), "task-due-soon",
                        today);
            }
        }
        log.info("Deadline watch {}: {} announcements", today, announced);
        return announced;
    }

    private int announce(Assignment assignment, AssignmentCommand command, String kind,
            LocalDate today) {
        try {
            actions.act(assignment.id(), command, AssignmentActions.SYSTEM,
                    kind + ":" + assignment.deadline().dueDate(), today);
            return 1;
        } catch (IllegalTransitionException changedMeanwhile) {
            return 0;
        }
    }

    /** Lead assignments due within the window; the alert rules check status and flags. */
    private List<Assignment> candidates(LocalDate today) {
        return mongo.find(query(where("role").is(AssignmentRole.LEAD.name())
                .and("dueDate").lte(today.plusDays(DueSoon.DAYS))), Assignment.class);
    }
}
