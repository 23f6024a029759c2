package vn.dondoc.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dondoc.plan.timeframe.Timeframe;
import vn.dondoc.vocabulary.PeriodType;
import vn.dondoc.vocabulary.TimeframeKind;

class Seed001ImportTest {

    static final String VP = "SKHCN.VP";
    static final String QLKH = "SKHCN.QLKH";
    static final String QLCN = "SKHCN.QLCN";
    static final String CDS = "SKHCN.CDS";
    static final String KHTC = "SKHCN.KHTC";
    static final String CNTT = "SKHCN.CNTT";
    static final List<String> ALL_BUT_VP = List.of(QLKH, QLCN, CDS, KHTC, CNTT);
    static final List<String> VP_AND_DIVISIONS = List.of(VP, QLKH, QLCN, CDS, KHTC);
    static final List<String> VP_AND_PROCEDURES = List.of(VP, QLKH, QLCN);
    static final Timeframe CONTINUOUS = new Timeframe(TimeframeKind.CONTINUOUS, "Thường xuyên", null, List.of());

    final ImportedPlan plan = new PlanImporter(Seeds.exampleSkhcn())
            .importText(Seeds.seed(1), null, LocalDate.of(2026, 1, 1));

    @Test
    void readsTheHeaderOfTheUnnumberedDraft() {
        PlanHeader header = plan.header();
        assertThat(header.number()).isEqualTo("/KH-SKHCN");
        assertThat(header.numbered()).isFalse();
        assertThat(header.departmentCode()).isEqualTo("SKHCN");
        assertThat(header.departmentName()).isEqualTo("Sở Khoa học và Công nghệ");
        assertThat(header.place()).isEqualTo("Thái Nguyên");
        assertThat(header.issueDate()).isEqualTo(new IssueDate(LocalDate.of(2025, 8, 1), IssueDate.Precision.MONTH));
        assertThat(header.title()).startsWith("Kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa")
                .endsWith("04 tháng cuối năm 2025 tại Sở Khoa học và Công nghệ");
        assertThat(header.coverageStart()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(header.coverageEnd()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(header.parentReferences()).extracting(ParentReference::number, ParentReference::date, ParentReference::warning)
                .containsExactly(tuple("22/KH-UBND", LocalDate.of(2025, 8, 5), null));
        assertThat(header.signingAuthority()).isEqualTo("KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC");
        assertThat(header.signer()).isEqualTo("Nguyễn Thị Thuỷ");
        assertThat(header.recipients()).containsExactly("Văn phòng UBND tỉnh", "Lãnh đạo Sở",
                "Các phòng, đơn vị thuộc Sở", "Lưu: VT, VP");
        assertThat(header.reportingRequirement())
                .isEqualTo(new ReportingRequirement("báo cáo (quý, năm)", List.of(PeriodType.QUARTER, PeriodType.YEAR)));
    }

    @Test
    void readsEveryTaskWithItsUnitsAndTimeframe() {
        assertThat(plan.taskSource()).isEqualTo(ImportedPlan.TaskSource.TABLE);
        assertThat(plan.tasks()).extracting(ImportedTask::number, task -> task.units().leadUnits(),
                task -> task.units().coordinatorUnits(), ImportedTask::timeframe).containsExactly(
                tuple("1.1", List.of(VP), ALL_BUT_VP, CONTINUOUS),
                tuple("1.2", List.of(VP), ALL_BUT_VP, CONTINUOUS),
                tuple("1.3", VP_AND_DIVISIONS, List.of(CNTT), CONTINUOUS),
                tuple("2.1.1", List.of(), List.of(VP), new Timeframe(TimeframeKind.EVENT_DRIVEN, "Khi có phát sinh", null, List.of())),
                tuple("2.1.2", VP_AND_DIVISIONS, List.of(), CONTINUOUS),
                tuple("2.2.1", VP_AND_DIVISIONS, List.of(), CONTINUOUS),
                tuple("2.2.2", VP_AND_DIVISIONS, List.of(), CONTINUOUS),
                tuple("2.2.3", VP_AND_PROCEDURES, List.of(), CONTINUOUS),
                tuple("2.2.4", List.of(VP), ALL_BUT_VP, CONTINUOUS),
                tuple("2.3.1", VP_AND_PROCEDURES, List.of(), CONTINUOUS),
                tuple("2.3.2", VP_AND_PROCEDURES, List.of(CDS), CONTINUOUS),
                tuple("2.3.3", VP_AND_PROCEDURES, List.of(CDS), Timeframe.due(LocalDate.of(2025, 12, 31), "Năm 2025")),
                tuple("2.4", List.of(), List.of(), CONTINUOUS),
                tuple("2.5", List.of(VP), List.of(QLKH, QLCN), new Timeframe(TimeframeKind.RECURRING,
                        "Định kỳ hàng quý, năm", null, List.of(PeriodType.QUARTER, PeriodType.YEAR))),
                tuple("2.6.1", List.of(), List.of(VP), CONTINUOUS),
                tuple("3.1", List.of(VP), List.of(QLKH, QLCN), CONTINUOUS),
                tuple("3.2", List.of(CDS), List.of(VP, QLKH, QLCN), CONTINUOUS),
                tuple("3.3", List.of(VP), List.of(QLKH, QLCN), CONTINUOUS),
                tuple("3.4", VP_AND_PROCEDURES, List.of(CDS), CONTINUOUS),
                tuple("3.5", VP_AND_PROCEDURES, List.of(), Timeframe.due(LocalDate.of(2025, 12, 31), "Năm 2025")),
                tuple("3.6", VP_AND_PROCEDURES, List.of(), CONTINUOUS),
                tuple("3.7", List.of(VP), List.of(), CONTINUOUS));
        assertThat(plan.tasks().stream().mapToInt(task -> task.units().leadUnits().size()).sum()).isEqualTo(49);
        assertThat(plan.tasks().stream().mapToInt(task -> task.units().coordinatorUnits().size()).sum()).isEqualTo(30);
    }

    @Test
    void keepsTheContentOfEachTaskAndItsSection() {
        ImportedTask first = plan.tasks().get(0);
        assertThat(first.content()).isEqualTo(
                "Kiện toàn đội ngũ công chức đầu mối thực hiện nhiệm vụ kiểm soát TTHC tại các cơ quan, đơn vị");
        assertThat(first.section()).startsWith("Công tác chỉ đạo, điều hành kiểm soát thủ tục hành chính");
        assertThat(task("2.4").section()).isEqualTo("Kiểm soát TTHC");
        assertThat(task("2.4").content()).isEqualTo("Đề xuất sáng kiến, giải pháp thực hiện kiểm soát TTHC");
        assertThat(task("2.5").leadText()).isEqualTo("Văn phòng sở");
    }

    @Test
    void mergesTheRowsSplitByAPageBreakCellByCell() {
        ImportedTask split = task("2.1.1");
        assertThat(split.content()).isEqualTo("Đánh giá tác động và lấy ý kiến tham gia quy định TTHC trong dự thảo "
                + "văn bản quy phạm pháp luật (QPPL) của tỉnh");
        assertThat(split.leadText()).isEqualTo(
                "Các phòng, đơn vị thuộc Sở được giao chủ trì soạn thảo văn bản có quy định về TTHC");
        assertThat(split.units().leadDesignations()).containsExactly(split.leadText());
        assertThat(task("3.4").content()).contains("Quyết định số 4020/QĐ-UBND ngày 16/12/2021")
                .endsWith("trong giải quyết TTHC trên địa bàn tỉnh Thái Nguyên");
    }

    @Test
    void reportsWhatTheOfficeMustCheckRowByRow() {
        assertThat(plan.findings()).extracting(Finding::code, Finding::row).containsExactly(
                tuple(Finding.Code.MISSING_NUMBER, null),
                tuple(Finding.Code.IMPRECISE_ISSUE_DATE, null),
                tuple(Finding.Code.ROWS_MERGED, "2.1.1"),
                tuple(Finding.Code.NEEDS_DESIGNATION, "2.1.1"),
                tuple(Finding.Code.UNASSIGNED_TASK, "2.4"),
                tuple(Finding.Code.ROW_SHIFTED, "2.5"),
                tuple(Finding.Code.NEEDS_DESIGNATION, "2.6.1"),
                tuple(Finding.Code.ROWS_MERGED, "3.4"));
        assertThat(plan.findings()).filteredOn(finding -> "2.4".equals(finding.row()))
                .extracting(Finding::message).containsExactly("Nhiệm vụ 2.4 chưa có đơn vị chủ trì");
    }

    private ImportedTask task(String number) {
        return plan.tasks().stream().filter(task -> task.number().equals(number)).findFirst().orElseThrow();
    }
}
