package vn.dondoc.contracts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An assignment's current state changed: its place on both axes of the domain guide §5 (progress ×
 * timeliness) and the Government Office column it takes in its unit's current reporting period.
 * Carries the whole state, so the newest event of a key is all a reader needs: the topic is compacted
 * and a new consumer reads it from the beginning to start from the present. Written when an event of
 * the assignment changes its state, and when a new day does (a deadline passes, a new period opens):
 * the state holds until the next event of the key. Key: {@code assignmentId}.
 *
 * @param departmentCode the department (Sở) the assignment belongs to: the part of the unit code
 *                       before its first dot
 * @param instanceKey    the reporting period ({@code 2026-Q1}) or occurrence ({@code O-…}) of one
 *                       instance of a recurring or event-driven task; {@code null} for the whole task
 * @param role           the role the unit holds now (a plan amendment may have changed it)
 * @param progress       {@code NOT_STARTED} (chưa thực hiện), {@code IN_PROGRESS} (đang thực hiện),
 *                       {@code SUBMITTED} (chờ xác nhận), {@code COMPLETED} (hoàn thành),
 *                       {@code RETURNED} (trả lại), {@code REFUSED} (từ chối), {@code WITHDRAWN} (thu hồi)
 * @param timeliness     {@code WITHIN_DEADLINE} (trong hạn), {@code DUE_SOON} (sắp đến hạn, at most 3 days
 *                       left), {@code OVERDUE} (quá hạn; a submitted result is judged by its submission
 *                       date), {@code NO_DEADLINE} (không có hạn), {@code TIMEFRAME_TO_SET} (chưa xác định
 *                       thời hạn), {@code NOT_APPLICABLE} (withdrawn or refused)
 * @param dueDate        the deadline in force (after approved extensions and plan amendments), or
 *                       {@code null} when the task has none
 * @param governmentOfficeColumn the column of the Government Office's matrix the assignment takes in
 *                       {@code period} as of {@code asOf}: {@code COMPLETED_ON_TIME}, {@code COMPLETED_LATE},
 *                       {@code OPEN_WITHIN_DEADLINE}, {@code OPEN_OVERDUE}, {@code CONTINUOUS},
 *                       {@code NOT_OCCURRED}, {@code NO_DEADLINE}, {@code WITHDRAWN}, {@code TIMEFRAME_TO_SET}
 *                       or {@code NOT_COUNTED} (not in that period's report: assigned later, refused, or
 *                       finished in an earlier period)
 * @param governmentOfficeColumnLabel the column's Vietnamese heading ("Đang thực hiện quá hạn")
 * @param period         key of the unit's current reporting period under the plan's regime
 *                       ({@code 2026-Q4}, {@code 2026-M11}, {@code 2026-9M}): the open period with the
 *                       earliest cut-off
 * @param periodLabel    the period in Vietnamese ("Quý IV/2026")
 * @param asOf           the day (Asia/Ho_Chi_Minh) the state was determined
 */
public record AssignmentStatusChanged(
        String eventId,
        Instant occurredAt,
        String assignmentId,
        String departmentCode,
        String unitCode,
        String planId,
        String taskId,
        String instanceKey,
        AssignmentRole role,
        String progress,
        String timeliness,
        LocalDate dueDate,
        String governmentOfficeColumn,
        String governmentOfficeColumnLabel,
        String period,
        String periodLabel,
        LocalDate asOf) implements IntegrationEvent {

    public AssignmentStatusChanged {
        Required.text(eventId, "eventId");
        Required.value(occurredAt, "occurredAt");
        Required.text(assignmentId, "assignmentId");
        Required.text(departmentCode, "departmentCode");
        Required.text(unitCode, "unitCode");
        Required.value(role, "role");
        Required.text(progress, "progress");
        Required.text(timeliness, "timeliness");
        Required.text(governmentOfficeColumn, "governmentOfficeColumn");
        Required.text(governmentOfficeColumnLabel, "governmentOfficeColumnLabel");
        Required.text(period, "period");
        Required.text(periodLabel, "periodLabel");
        Required.value(asOf, "asOf");
    }
}
