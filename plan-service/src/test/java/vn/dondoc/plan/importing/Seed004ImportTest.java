package vn.dondoc.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dondoc.vocabulary.TimeframeKind;

class Seed004ImportTest {

    static final String VP = "SKHCN.VP";
    static final List<String> PROCEDURES_AND_VP = List.of("SKHCN.QLKH", "SKHCN.QLCN", VP);
    static final List<String> PROCEDURES = List.of("SKHCN.QLKH", "SKHCN.QLCN");
    static final List<String> ALL_BUT_VP = List.of("SKHCN.QLKH", "SKHCN.QLCN", "SKHCN.KHTC", "SKHCN.TTCDS");
    static final String CONCERNED = "Các phòng, đơn vị có liên quan";

    final ImportedPlan plan = new PlanImporter(Seeds.quangNgai())
            .importText(Seeds.seed(4), null, LocalDate.of(2026, 1, 1));

    @Test
    void readsTheHeaderOfTheSignedPlan() {
        PlanHeader header = plan.header();
        assertThat(header.number()).isEqualTo("257/KH-SKHCN");
        assertThat(header.numbered()).isTrue();
        assertThat(header.departmentName()).isEqualTo("SỞ KHOA HỌC VÀ CÔNG NGHỆ");
        assertThat(header.place()).isEqualTo("Quảng Ngãi");
        assertThat(header.issueDate()).isEqualTo(new IssueDate(LocalDate.of(2025, 3, 25), IssueDate.Precision.DAY));
        assertThat(header.title()).isEqualTo(
                "Truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2025 của Sở Khoa học và Công nghệ");
        assertThat(header.coverageStart()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(header.coverageEnd()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(header.parentReferences()).extracting(ParentReference::number, ParentReference::date)
                .containsExactly(tuple("34/KH-UBND", LocalDate.of(2025, 2, 18)));
        assertThat(header.signingAuthority()).isEqualTo("GIÁM ĐỐC");
        assertThat(header.signer()).isEqualTo("Trần Thanh Trường");
        assertThat(header.recipients()).containsExactly("Văn phòng UBND tỉnh", "GĐ, các PGĐ Sở",
                "Các phòng, đơn vị thuộc Sở", "Lưu: VT, VP");
    }

    @Test
    void readsElevenTasksInFourSections() {
        assertThat(plan.tasks()).extracting(ImportedTask::number, task -> task.units().leadUnits(),
                task -> task.units().coordinatorUnits(), task -> task.units().coordinatorDesignations(),
                task -> task.timeframe().kind()).containsExactly(
                tuple("I.1", PROCEDURES_AND_VP, List.of(), List.of(CONCERNED), TimeframeKind.CONTINUOUS),
                tuple("I.2", List.of(VP), ALL_BUT_VP, List.of(), TimeframeKind.CONTINUOUS),
                tuple("I.3", List.of(VP), ALL_BUT_VP, List.of(), TimeframeKind.CONTINUOUS),
                tuple("II.1", PROCEDURES, List.of(VP), List.of("các phòng, đơn vị có liên quan"), TimeframeKind.CONTINUOUS),
                tuple("II.2", List.of(VP), List.of(), List.of(CONCERNED), TimeframeKind.ANCHORED_EXTERNAL),
                tuple("III.1", PROCEDURES, List.of(VP), List.of("các phòng, đơn vị có liên quan"), TimeframeKind.CONTINUOUS),
                tuple("III.2", PROCEDURES_AND_VP, List.of(), List.of(CONCERNED), TimeframeKind.CONTINUOUS),
                tuple("III.3", List.of(VP, "SKHCN.TTCDS"), List.of(), List.of(CONCERNED), TimeframeKind.CONTINUOUS),
                tuple("IV.1", List.of(VP), List.of(), List.of(CONCERNED), TimeframeKind.CONTINUOUS),
                tuple("IV.2", PROCEDURES_AND_VP, List.of(), List.of(CONCERNED), TimeframeKind.CONTINUOUS),
                tuple("IV.3", PROCEDURES_AND_VP, List.of(), List.of(CONCERNED), TimeframeKind.CONTINUOUS));
        assertThat(plan.tasks()).extracting(ImportedTask::section).containsOnly(
                "Truyền thông hỗ trợ công tác kiểm soát thủ tục hành chính",
                "Truyền thông hỗ trợ việc phản ánh, kiến nghị của người dân và nâng cao nhận thức về cải cách TTHC",
                "Truyền thông hỗ trợ việc rà soát, đơn giản hóa TTHC; công khai TTHC",
                "Truyền thông về thực hiện dịch vụ công trực tuyến, thanh toán trực tuyến");
        assertThat(plan.tasks().get(4).timeframe().text()).isEqualTo("Theo kế hoạch kiểm tra");
    }

    @Test
    void flagsEveryConcernedUnitsPhraseForTheOfficeAndNeverExpandsIt() {
        assertThat(plan.findings()).extracting(Finding::code).containsOnly(Finding.Code.NEEDS_DESIGNATION);
        assertThat(plan.findings()).extracting(Finding::row)
                .containsExactly("I.1", "II.1", "II.2", "III.1", "III.2", "III.3", "IV.1", "IV.2", "IV.3");
        assertThat(plan.findings().get(0).message())
                .isEqualTo("Nhiệm vụ I.1: cần chỉ định đơn vị phối hợp cho \"Các phòng, đơn vị có liên quan\"");
    }
}
