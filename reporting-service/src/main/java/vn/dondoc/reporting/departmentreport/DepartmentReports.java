package vn.dondoc.reporting.departmentreport;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.dondoc.reporting.calendar.Regime;
import vn.dondoc.reporting.obligation.ReportingUnit;
import vn.dondoc.reporting.unitfigures.FigureSnapshots;
import vn.dondoc.reporting.unitfigures.MatrixCounting;
import vn.dondoc.reporting.unitfigures.PeriodFigures;
import vn.dondoc.reporting.unitfigures.RoleFigures;
import vn.dondoc.reporting.unitfigures.UnitFigures;
import vn.dondoc.reporting.unitreport.UnitReport;
import vn.dondoc.unitnames.UnitNames;
import vn.dondoc.reporting.unitreport.UnitReportSubmission;
import vn.dondoc.vocabulary.ReportingPeriod;

/** Builds the department report from the units known to reporting and their submitted reports. */
@Service
public class DepartmentReports {

    private final MongoOperations mongo;
    private final UnitReportSubmission submissions;
    private final FigureSnapshots snapshots;
    private final UnitFigures figures;
    private final UnitNames names;
    private final Clock clock;

    DepartmentReports(MongoOperations mongo, UnitReportSubmission submissions, FigureSnapshots snapshots,
            UnitFigures figures, UnitNames names, Clock clock) {
        this.mongo = mongo;
        this.names = names;
        this.submissions = submissions;
        this.snapshots = snapshots;
        this.figures = figures;
        this.clock = clock;
    }

    /** The report as submitted to UBND tỉnh once it was; empty when the department has no unit with assignments. */
    public Optional<DepartmentReport> of(String departmentCode, Regime regime, ReportingPeriod period) {
        SubmittedDepartmentReport sent = mongo.findById(SubmittedDepartmentReport.idOf(departmentCode, regime.code(),
                period.key()), SubmittedDepartmentReport.class);
        if (sent != null) {
            return Optional.of(sent.report());
        }
        return asOf(departmentCode, regime, period, LocalDate.now(clock));
    }

    /**
     * The figures of the report as they stand on {@code asOf} (the dashboard's day): each unit's
     * submitted report when it sent one, else, once the cut-off has passed at {@code asOf}, the
     * figures frozen at the cut-off, else the live count at {@code asOf}; never the submitted
     * department report, which is as of its submission.
     */
    public Optional<DepartmentReport> asOf(String departmentCode, Regime regime, ReportingPeriod period,
            LocalDate asOf) {
        List<ReportingUnit> units = mongo.find(Query.query(Criteria.where("departmentCode").is(departmentCode)),
                ReportingUnit.class).stream().sorted(Comparator.comparing(ReportingUnit::unitCode)).toList();
        if (units.isEmpty()) {
            return Optional.empty();
        }
        boolean passed = asOf.isAfter(period.cutOff()) && !LocalDate.now(clock).isBefore(asOf);
        List<DepartmentReport.UnitRow> rows = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (ReportingUnit unit : units) {
            Optional<UnitReport> submitted = submissions.find(unit.unitCode(), regime, period);
            Optional<PeriodFigures> counted = submitted.map(UnitReport::figures).or(() -> passed
                    ? snapshots.frozenOrFreeze(unit.unitCode(), regime, period)
                    : figures.figures(unit.unitCode(), regime.code(), period, asOf));
            if (counted.isEmpty()) {
                continue;
            }
            if (submitted.isEmpty()) {
                missing.add(unit.unitCode());
            }
            rows.add(new DepartmentReport.UnitRow(unit.unitCode(), submitted.map(UnitReport::submittedOn).orElse(null),
                    submitted.map(UnitReport::onTime).orElse(null), counted.get().lead(), counted.get().coordinator(),
                    names.unit(unit.unitCode())));
        }
        return Optional.of(new DepartmentReport(departmentCode, regime.code(), period.key(), period.label(),
                period.windowStart(), period.windowEnd(), MatrixCounting.effectiveAsOf(asOf, period.cutOff()), rows,
                RoleFigures.sum(rows.stream().map(DepartmentReport.UnitRow::lead).toList()),
                RoleFigures.sum(rows.stream().map(DepartmentReport.UnitRow::coordinator).toList()), missing,
                RoleFigures.COMPLETION_RATE_FORMULA, RoleFigures.ON_TIME_RATE_FORMULA));
    }
}
