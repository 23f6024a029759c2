package vn.dondoc.reporting.unitreport;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Service;
import vn.dondoc.contracts.DisplayDates;
import vn.dondoc.contracts.ReportDue.ReportLevel;
import vn.dondoc.contracts.UnitReportSubmitted;
import vn.dondoc.eventing.InsertOnce;
import vn.dondoc.eventing.Outbox;
import vn.dondoc.reporting.calendar.Regime;
import vn.dondoc.reporting.calendar.ReportingCalendar;
import vn.dondoc.reporting.obligation.ReportingUnit;
import vn.dondoc.reporting.unitfigures.FigureSnapshots;
import vn.dondoc.reporting.unitfigures.PeriodFigures;
import vn.dondoc.reporting.unitfigures.RoleFigures;
import vn.dondoc.reporting.unitreport.UnitReportRejected.Reason;
import vn.dondoc.vocabulary.ReportingPeriod;

/**
 * Submits a unit's report after the cut-off: figures from the frozen snapshot (figures the unit
 * sends must equal them), on time when submitted by the units' deadline; once per unit and period.
 */
@Service
public class UnitReportSubmission {

    private static final DateTimeFormatter VN_DATE = DisplayDates.DAY;

    private final MongoOperations mongo;
    private final ReportingCalendar calendar;
    private final FigureSnapshots snapshots;
    private final Clock clock;

    UnitReportSubmission(MongoOperations mongo, ReportingCalendar calendar, FigureSnapshots snapshots, Clock clock) {
        this.mongo = mongo;
        this.calendar = calendar;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    public UnitReport submit(String unitCode, Regime regime, ReportingPeriod period, ReportSections sections,
            Optional<RoleFigures> claimedLead, Optional<RoleFigures> claimedCoordinator) {
        LocalDate today = LocalDate.now(clock);
        if (!today.isAfter(period.cutOff())) {
            throw new UnitReportRejected(Reason.BEFORE_CUT_OFF, "Kỳ " + period.label() + " chốt số liệu ngày "
                    + VN_DATE.format(period.cutOff()) + "; báo cáo nộp từ ngày "
                    + VN_DATE.format(period.cutOff().plusDays(1)) + ".");
        }
        PeriodFigures figures = snapshots.frozenOrFreeze(unitCode, regime, period).orElseThrow(() ->
                new UnitReportRejected(Reason.UNKNOWN_UNIT, "Đơn vị '" + unitCode + "' chưa được giao nhiệm vụ nào."));
        if (claimedLead.filter(lead -> !lead.equals(figures.lead())).isPresent()
                || claimedCoordinator.filter(coordinator -> !coordinator.equals(figures.coordinator())).isPresent()) {
            throw new UnitReportRejected(Reason.FIGURES_DIFFER, "Số liệu gửi lên khác số liệu đã chốt ngày "
                    + VN_DATE.format(period.cutOff()) + " của kỳ " + period.label() + "; hãy dùng số liệu đã chốt.");
        }
        LocalDate due = regime.deadline(ReportLevel.UNIT_TO_OFFICE).dueFor(period, calendar.workingDays());
        String id = unitCode + ":" + regime.code() + ":" + period.key();
        Instant now = clock.instant();
        boolean onTime = !today.isAfter(due);
        ReportingUnit unit = mongo.findById(unitCode, ReportingUnit.class);
        UnitReportSubmitted event = new UnitReportSubmitted(eventIdFor(id), now, id, unitCode,
                unit == null ? null : unit.departmentCode(), regime.code(), period.type().name(), period.label(),
                period.windowStart(), period.windowEnd(), due, today, onTime, contract(figures.lead()),
                contract(figures.coordinator()), sections.results(), sections.shortcomings(),
                sections.nextPeriodTasks(), sections.proposals());
        UnitReport report = new UnitReport(id, unitCode, regime.code(), period.key(), period.label(), due, now, today,
                onTime, figures, sections, List.of(Outbox.pending(unitCode, id, event)));
        if (!InsertOnce.insert(mongo, report)) {
            throw new UnitReportRejected(Reason.ALREADY_SUBMITTED, "Đơn vị '" + unitCode + "' đã nộp báo cáo kỳ "
                    + period.label() + "; báo cáo đã nộp không thay đổi được.");
        }
        return report;
    }

    public Optional<UnitReport> find(String unitCode, Regime regime, ReportingPeriod period) {
        return Optional.ofNullable(mongo.findById(unitCode + ":" + regime.code() + ":" + period.key(), UnitReport.class));
    }

    private static UnitReportSubmitted.Figures contract(RoleFigures figures) {
        return new UnitReportSubmitted.Figures(figures.completedOnTime(), figures.completedLate(),
                figures.openWithinDeadline(), figures.dueSoon(), figures.openOverdue(), figures.maxDaysOverdue(),
                figures.continuous(), figures.notOccurred(), figures.noDeadline(), figures.withdrawn(),
                figures.completionRate(), figures.onTimeRate(), figures.timeframeToSet());
    }

    private static String eventIdFor(String reportId) {
        return UUID.nameUUIDFromBytes(("unit-report-submitted:" + reportId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
