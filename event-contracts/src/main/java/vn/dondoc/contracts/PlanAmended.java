package vn.dondoc.contracts;

import java.time.Instant;
import java.util.List;

/**
 * An issued plan was amended: a new version replaces its title and tasks. Key: {@code planId}, so
 * it follows the plan's {@code plan-issued} in order.
 *
 * @param planVersion 2 for the first amendment, then 3, …
 * @param changes     what changed, in Vietnamese, one line per change ("Thêm nhiệm vụ 2.7")
 * @param tasks       the complete task list of the new version
 */
public record PlanAmended(
        String eventId,
        Instant occurredAt,
        String planId,
        String number,
        String departmentCode,
        int planVersion,
        String reason,
        List<String> changes,
        String title,
        List<PlanIssued.Task> tasks) implements IntegrationEvent {

    public PlanAmended {
        Required.text(eventId, "eventId");
        Required.value(occurredAt, "occurredAt");
        Required.text(planId, "planId");
        Required.text(number, "number");
        Required.text(title, "title");
        changes = Required.list(changes);
        tasks = Required.list(tasks);
    }
}
