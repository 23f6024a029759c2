package vn.dondoc.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A unit submitted its periodic report to the department office: the figures frozen at the cut-off
 * and the narrative sections. Key: {@code unitCode}.
 *
 * @param reportId    stable id of the report: unit, regime and period ({@code SKHCN.CDS:quy-nam:2026-Q3})
 * @param onTime      submitted on or before {@code dueDate}
 * @param lead        the unit's lead-role figures; {@code coordinator} the coordinator-role ones
 */
public record UnitReportSubmitted(
        String eventId,
        Instant occurredAt,
        String reportId,
        String unitCode,
        String departmentCode,
        String regime,
        String periodType,
        String periodLabel,
        LocalDate windowStart,
        LocalDate windowEnd,
        LocalDate dueDate,
        LocalDate submittedOn,
        boolean onTime,
        Figures lead,
        Figures coordinator,
        String results,
        String shortcomings,
        String nextPeriodTasks,
        String proposals) implements IntegrationEvent {

    public UnitReportSubmitted {
        Required.text(eventId, "eventId");
        Required.value(occurredAt, "occurredAt");
        Required.text(reportId, "reportId");
        Required.text(unitCode, "unitCode");
        Required.text(periodLabel, "periodLabel");
        Required.value(windowEnd, "windowEnd");
        Required.value(submittedOn, "submittedOn");
        Required.value(lead, "lead");
        Required.value(coordinator, "coordinator");
    }

    /**
     * One role's row of the Government Office matrix; rates in percent, {@code null} when undefined.
     * {@code timeframeToSet} (added; 0 when absent): open tasks without a recognised timeframe,
     * counted apart beside the matrix ("Chưa xác định thời hạn").
     */
    public record Figures(long completedOnTime, long completedLate, long openWithinDeadline, long dueSoon,
            long openOverdue, long maxDaysOverdue, long continuous, long notOccurred, long noDeadline,
            long withdrawn, BigDecimal completionRate, BigDecimal onTimeRate, Long timeframeToSet) {

        public Figures {
            timeframeToSet = timeframeToSet == null ? 0L : timeframeToSet;
        }

        /** A row without tasks awaiting a timeframe (events written before the field existed). */
        public Figures(long completedOnTime, long completedLate, long openWithinDeadline, long dueSoon,
                long openOverdue, long maxDaysOverdue, long continuous, long notOccurred, long noDeadline,
                long withdrawn, BigDecimal completionRate, BigDecimal onTimeRate) {
            this(completedOnTime, completedLate, openWithinDeadline, dueSoon, openOverdue, maxDaysOverdue, continuous,
                    notOccurred, noDeadline, withdrawn, completionRate, onTimeRate, 0L);
        }
    }
}
