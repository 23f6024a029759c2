package vn.dondoc.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan (Kế hoạch) was signed and issued. Key: {@code planId}.
 *
 * @param number           number and symbol, e.g. {@code 257/KH-SKHCN}
 * @param departmentCode   the issuing department (Sở), e.g. {@code SKHCN}
 * @param issuedOn         issue date, Asia/Ho_Chi_Minh
 */
public record PlanIssued(
        String eventId,
        Instant occurredAt,
        String planId,
        String number,
        String title,
        String departmentCode,
        LocalDate issuedOn,
        List<Task> tasks) implements IntegrationEvent {

    public PlanIssued {
        Required.text(eventId, "eventId");
        Required.value(occurredAt, "occurredAt");
        Required.text(planId, "planId");
        Required.text(number, "number");
        Required.text(title, "title");
        Required.text(departmentCode, "departmentCode");
        Required.value(issuedOn, "issuedOn");
        tasks = Required.list(tasks);
    }

    /**
     * One row of the plan's task table.
     *
     * @param number           the row number as printed: {@code 1}, {@code 2.1.1}
     * @param leadUnits        codes of the lead units (chủ trì)
     * @param coordinatorUnits codes of the coordinating units (phối hợp)
     * @param dueDate          deadline, or {@code null} when the task has none
     */
    public record Task(
            String taskId,
            String number,
            String content,
            List<String> leadUnits,
            List<String> coordinatorUnits,
            LocalDate dueDate) {

        public Task {
            Required.text(taskId, "tasks[].taskId");
            Required.text(content, "tasks[].content");
            leadUnits = Required.list(leadUnits);
            coordinatorUnits = Required.list(coordinatorUnits);
        }
    }
}
