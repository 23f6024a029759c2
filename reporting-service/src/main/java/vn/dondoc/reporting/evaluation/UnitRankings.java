package vn.dondoc.reporting.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import vn.dondoc.reporting.calendar.Regime;
import vn.dondoc.reporting.departmentreport.DepartmentReport;
import vn.dondoc.reporting.departmentreport.DepartmentReportDocument;
import vn.dondoc.reporting.departmentreport.DepartmentReports;
import vn.dondoc.reporting.departmentreport.ReportAppendices;
import vn.dondoc.reporting.departmentreport.ReportAppendix;
import vn.dondoc.unitnames.UnitNames;
import vn.dondoc.vocabulary.ReportingPeriod;

/**
 * Ranks a department's units by the configured {@link EvaluationRule}, from the same figures as the
 * department report, and prints the ranking as the report's appendix.
 */
@Service
@EnableConfigurationProperties(EvaluationSettings.class)
public class UnitRankings implements ReportAppendices {

    static final String APPENDIX_TITLE = "PHỤ LỤC: XẾP HẠNG ĐƠN VỊ";
    private static final List<String> HEADER = List.of("Hạng", "Đơn vị", "Điểm", "Hoàn thành đúng hạn",
            "Hoàn thành quá hạn", "Đang thực hiện trong hạn", "Đang thực hiện quá hạn", "Số ngày quá hạn tối đa");
    private static final int NARROW = 800;
    private static final int SCORE = 1000;
    private static final int FIGURE = 1400;

    private final DepartmentReports reports;
    private final UnitNames names;
    private final EvaluationRule rule;

    UnitRankings(DepartmentReports reports, UnitNames names, EvaluationSettings settings) {
        this.reports = reports;
        this.names = names;
        this.rule = settings.rule();
    }

    /** The ranking of the department's report for the period; empty when the department has no unit with assignments. */
    public Optional<UnitRanking> of(String departmentCode, Regime regime, ReportingPeriod period) {
        return reports.of(departmentCode, regime, period).map(report -> rank(report, names::unit));
    }

    UnitRanking rank(DepartmentReport report, UnaryOperator<String> unitName) {
        List<EvaluationRule.Unit> units = report.units().stream()
                .map(unit -> new EvaluationRule.Unit(unit.unitCode(), unitName.apply(unit.unitCode()), unit.lead()))
                .toList();
        return new UnitRanking(report.departmentCode(), report.regime(), report.periodKey(), report.periodLabel(),
                report.asOf(), rule.formula(), EvaluationRule.SCOPE, rule.rank(units));
    }

    @Override
    public Optional<ReportAppendix> of(DepartmentReport report, UnaryOperator<String> unitName) {
        UnitRanking ranking = rank(report, unitName);
        List<List<Object>> rows = new ArrayList<>();
        for (RankedUnit unit : ranking.units()) {
            rows.add(List.of(unit.rank() == null ? "—" : String.valueOf(unit.rank()), unit.unitName(),
                    unit.score() == null ? "—" : (Object) unit.score(), unit.completedOnTime(), unit.completedLate(),
                    unit.openWithinDeadline(), unit.openOverdue(), unit.maxDaysOverdue()));
        }
        return Optional.of(new ReportAppendix(APPENDIX_TITLE, "Xếp hạng", HEADER, widths(), rows,
                List.of("- " + ranking.formula() + ";", "- " + ranking.scope())));
    }

    /** Fixed widths filling an A4 landscape page's text width (Nghị định 30's margins). */
    private static List<Integer> widths() {
        return List.of(NARROW, DepartmentReportDocument.TEXT_WIDTH - NARROW - SCORE - 5 * FIGURE, SCORE, FIGURE, FIGURE, FIGURE, FIGURE, FIGURE);
    }
}
