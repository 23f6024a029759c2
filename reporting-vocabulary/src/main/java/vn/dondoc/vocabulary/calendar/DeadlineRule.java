package vn.dondoc.vocabulary.calendar;

import java.time.LocalDate;
import vn.dondoc.vocabulary.ReportingPeriod;

/**
 * When a report is due, set by the province: {@code WORKING_DAYS_AFTER_CUT_OFF} n ("cut-off + 2
 * working days") or {@code DAY_OF_LAST_MONTH} d ("the 20th of the period's last month", moved to
 * the next working day when it is not one).
 */
public record DeadlineRule(Kind kind, int value) {

    /** The two ways provinces state a deadline. */
    public enum Kind {
        WORKING_DAYS_AFTER_CUT_OFF,
        DAY_OF_LAST_MONTH
    }

    public DeadlineRule {
        if (kind == null) {
            throw new IllegalArgumentException("deadline rule kind is required");
        }
        if (kind == Kind.WORKING_DAYS_AFTER_CUT_OFF && value < 0) {
            throw new IllegalArgumentException("working days after the cut-off must be >= 0, was " + value);
        }
        if (kind == Kind.DAY_OF_LAST_MONTH && (value < 1 || value > 28)) {
            throw new IllegalArgumentException("day of the last month must be 1 to 28, was " + value);
        }
    }

    public LocalDate dueFor(ReportingPeriod period, WorkingDays workingDays) {
        return switch (kind) {
            case WORKING_DAYS_AFTER_CUT_OFF -> workingDays.plusWorkingDays(period.cutOff(), value);
            case DAY_OF_LAST_MONTH -> workingDays.onOrAfter(
                    LocalDate.of(period.year(), period.lastMonth(), value));
        };
    }

    /** Vietnamese wording for messages: "ngày chốt số liệu + 2 ngày làm việc", "ngày 20 tháng cuối kỳ". */
    public String describe() {
        return kind == Kind.WORKING_DAYS_AFTER_CUT_OFF
                ? "ngày chốt số liệu + " + value + " ngày làm việc"
                : "ngày " + value + " tháng cuối kỳ";
    }
}
