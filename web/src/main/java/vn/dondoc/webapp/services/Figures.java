package vn.dondoc.webapp.services;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The Government Office matrix as reporting-service counts it. */
public final class Figures {

    private Figures() {
    }

    /** One role's row of the matrix; rates in percent with one decimal, or null. */
    public record Row(long completedOnTime, long completedLate, long openWithinDeadline, long dueSoon, long openOverdue,
            long maxDaysOverdue, long continuous, long notOccurred, long noDeadline, long withdrawn,
            BigDecimal completionRate, BigDecimal onTimeRate) {

        public long total() {
            return completedOnTime + completedLate + openWithinDeadline + openOverdue + continuous + notOccurred
                    + noDeadline;
        }

        public long completed() {
            return completedOnTime + completedLate;
        }
    }

    /** A unit's matrix for one period. */
    public record OfUnit(String unitCode, String regime, String periodKey, String periodLabel, LocalDate windowStart,
            LocalDate windowEnd, LocalDate asOf, Row lead, Row coordinator, String completionRateFormula,
            String onTimeRateFormula, LocalDate frozenOn) {
    }

    /** The department's report of a period: a row per unit, totals, who has not submitted. */
    public record DepartmentReport(String departmentCode, String regime, String periodKey, String periodLabel,
            LocalDate windowStart, LocalDate windowEnd, LocalDate asOf, List<UnitRow> units, Row leadTotal,
            Row coordinatorTotal, List<String> notSubmitted, String completionRateFormula, String onTimeRateFormula) {
        public DepartmentReport {
            units = units == null ? List.of() : units;
            notSubmitted = notSubmitted == null ? List.of() : notSubmitted;
        }
    }

    public record UnitRow(String unitCode, LocalDate submittedOn, Boolean onTime, Row lead, Row coordinator) {
    }

    /** A report a unit owes. */
    public record Obligation(String id, String unitCode, String periodLabel, LocalDate windowStart,
            LocalDate windowEnd, LocalDate dueDate, String level) {
    }

    /** A unit's submitted period report. */
    public record UnitReport(String id, String unitCode, String periodKey, String periodLabel, LocalDate dueDate,
            LocalDate submittedOn, boolean onTime, OfUnit figures) {
    }
}
