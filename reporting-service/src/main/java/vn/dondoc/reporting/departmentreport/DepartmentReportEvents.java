package vn.dondoc.reporting.departmentreport;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.dondoc.contracts.DepartmentReportSubmitted;
import vn.dondoc.contracts.UnitReportSubmitted;
import vn.dondoc.reporting.unitfigures.RoleFigures;
import vn.dondoc.vocabulary.ReportingPeriod;

/** The {@code department-report-submitted} of a submitted report, with an event id derived from the report id. */
final class DepartmentReportEvents {

    private DepartmentReportEvents() {
    }

    static DepartmentReportSubmitted submitted(String reportId, DepartmentReport report, ReportingPeriod period,
            LocalDate dueDate, LocalDate submittedOn, boolean onTime, String submittedBy, Instant now) {
        return new DepartmentReportSubmitted(eventIdFor(reportId), now, reportId, report.departmentCode(),
                report.regime(), period.type().name(), period.key(), period.label(), report.windowStart(),
                report.windowEnd(), report.asOf(), dueDate, submittedOn, onTime, submittedBy,
                report.units().stream().map(unit -> new DepartmentReportSubmitted.UnitRow(unit.unitCode(),
                        unit.submittedOn(), unit.onTime(), figures(unit.lead()), figures(unit.coordinator()),
                        unit.unitName())).toList(),
                figures(report.leadTotal()), figures(report.coordinatorTotal()), report.notSubmitted(),
                report.completionRateFormula(), report.onTimeRateFormula());
    }

    private static UnitReportSubmitted.Figures figures(RoleFigures figures) {
        return new UnitReportSubmitted.Figures(figures.completedOnTime(), figures.completedLate(),
                figures.openWithinDeadline(), figures.dueSoon(), figures.openOverdue(), figures.maxDaysOverdue(),
                figures.continuous(), figures.notOccurred(), figures.noDeadline(), figures.withdrawn(),
                figures.completionRate(), figures.onTimeRate(), figures.timeframeToSet());
    }

    private static String eventIdFor(String reportId) {
        return UUID.nameUUIDFromBytes(("department-report-submitted:" + reportId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
