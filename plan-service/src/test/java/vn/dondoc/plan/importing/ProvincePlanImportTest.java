package vn.dondoc.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.dondoc.vocabulary.PeriodType;
import vn.dondoc.vocabulary.TimeframeKind;

/**
 * Plans of UBND tỉnh (made-up documents of {@code province-seeds/}) read against the EXAMPLE
 * province-level directory: the issuer, the signature of the committee, the Sở named as lead and
 * coordinating units, and the province's group phrases.
 */
class ProvincePlanImportTest {

    static final String SKHCN = "SKHCN.VP";
    static final String SDTTG = "SDTTG.VP";
    static final String SNV = "SNV.VP";
    static final String PROVINCIAL_OFFICE = "UBND.VP";
    static final String ONE_STOP_CENTRE = "UBND.TTPVHCC";
    static final List<String> DEPARTMENTS = List.of(SKHCN, SDTTG, SNV, "STC.VP", "STP.VP", "SXD.VP", "SCT.VP",
            "SYT.VP", "SGDDT.VP", "SNNMT.VP", "SVHTTDL.VP");
    static final List<String> COMMUNES = List.of("UBND.PPHANDINHPHUNG", "UBND.PPHOYEN", "UBND.PBACKAN",
            "UBND.XPHUBINH");

    final ImportedPlan plan22 = new PlanImporter(Seeds.exampleProvince())
            .importText(Seeds.provinceSeed("ubnd-22-kh-ubnd-2025.txt"), null, LocalDate.of(2026, 1, 1));
    final ImportedPlan plan38 = new PlanImporter(Seeds.exampleProvince())
            .importText(Seeds.provinceSeed("ubnd-38-kh-ubnd-2026.txt"), null, LocalDate.of(2026, 1, 1));

    @Test
    void readsTheCommitteeAsIssuerAndTheDeputyChairmanSigningOnItsBehalf() {
        PlanHeader header = plan22.header();
        assertThat(header.number()).isEqualTo("22/KH-UBND");
        assertThat(header.departmentCode()).isEqualTo("UBND");
        assertThat(header.departmentName()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN");
        assertThat(header.place()).isEqualTo("Thái Nguyên");
        assertThat(header.issueDate()).isEqualTo(new IssueDate(LocalDate.of(2025, 8, 5), IssueDate.Precision.DAY));
        assertThat(header.title()).startsWith("Kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa")
                .endsWith("trên địa bàn tỉnh Thái Nguyên 04 tháng cuối năm 2025");
        assertThat(header.coverageStart()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(header.coverageEnd()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(header.parentReferences()).isEmpty();
        assertThat(header.signingAuthority()).isEqualTo("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH");
        assertThat(header.signer()).isEqualTo("Nguyễn Thanh Bình");
        assertThat(header.recipients()).contains("Các sở, ban, ngành tỉnh", "UBND các xã, phường, đặc khu");
        assertThat(header.reportingRequirement().periods()).containsExactly(PeriodType.QUARTER, PeriodType.YEAR);
    }

    @Test
    void readsAnIssuerOnOneLineAndTheChairmansDeputyWithoutTheCommittee() {
        PlanHeader header = plan38.header();
        assertThat(header.number()).isEqualTo("38/KH-UBND");
        assertThat(header.departmentName()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN");
        assertThat(header.issueDate()).isEqualTo(new IssueDate(LocalDate.of(2026, 2, 5), IssueDate.Precision.DAY));
        assertThat(header.title()).isEqualTo("Truyền thông hỗ trợ hoạt động kiểm soát thủ tục hành chính, thực hiện cơ "
                + "chế một cửa, một cửa liên thông và thực hiện thủ tục hành chính trên môi trường điện tử năm 2026");
        assertThat(header.signingAuthority()).isEqualTo("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH");
        assertThat(header.signer()).isEqualTo("Lê Thị Hồng Vân");
    }

    @Test
    void givesEveryTaskItsDepartmentsAndExpandsTheProvincesGroupPhrases() {
        assertThat(plan22.tasks()).extracting(ImportedTask::number, task -> task.units().leadUnits(),
                task -> task.units().coordinatorUnits(), task -> task.timeframe().kind()).containsExactly(
                tuple("I.1", concat(without(DEPARTMENTS, SNV), COMMUNES), List.of(SNV), TimeframeKind.FIXED_DEADLINE),
                tuple("I.2", DEPARTMENTS, List.of(PROVINCIAL_OFFICE), TimeframeKind.CONTINUOUS),
                tuple("II.1", List.of("STP.VP"), List.of(), TimeframeKind.CONTINUOUS),
                tuple("II.2", List.of(SKHCN, SDTTG), List.of(PROVINCIAL_OFFICE), TimeframeKind.CONTINUOUS),
                tuple("II.3", COMMUNES, List.of(SKHCN), TimeframeKind.FIXED_DEADLINE),
                tuple("II.4", List.of(SKHCN), List.of(SNV, ONE_STOP_CENTRE), TimeframeKind.CONTINUOUS),
                tuple("III.1", List.of(SKHCN), concat(without(DEPARTMENTS, SKHCN), COMMUNES), TimeframeKind.CONTINUOUS),
                tuple("III.2", DEPARTMENTS, List.of(PROVINCIAL_OFFICE), TimeframeKind.RECURRING));
        assertThat(plan22.tasks().get(0).timeframe().dueDate()).isEqualTo(LocalDate.of(2025, 9, 30));
    }

    @Test
    void leavesOnlyTheConcernedAgenciesForTheProvincialOfficeToDesignateAndNoUnknownUnit() {
        assertThat(plan22.tasks()).allSatisfy(task -> assertThat(task.units().unknownNames()).isEmpty());
        assertThat(plan22.findings()).extracting(Finding::code, Finding::row, Finding::message).containsExactly(
                tuple(Finding.Code.NEEDS_DESIGNATION, "II.1",
                        "Nhiệm vụ II.1: cần chỉ định đơn vị phối hợp cho \"Các cơ quan có liên quan\""));
    }

    @Test
    void readsATableOfOneCellPerLineNamingTheTwoExampleDepartments() {
        assertThat(plan38.tasks()).extracting(ImportedTask::number, task -> task.units().leadUnits(),
                task -> task.units().coordinatorUnits(), task -> task.units().coordinatorDesignations(),
                task -> task.timeframe().kind()).containsExactly(
                tuple("1", List.of(SKHCN), List.of(ONE_STOP_CENTRE), List.of(), TimeframeKind.CONTINUOUS),
                tuple("2", List.of(SDTTG), COMMUNES, List.of(), TimeframeKind.CONTINUOUS),
                tuple("3", List.of(SKHCN, SDTTG), List.of(ONE_STOP_CENTRE), List.of(), TimeframeKind.FIXED_DEADLINE),
                tuple("4", List.of(SDTTG), List.of(SKHCN), List.of("Các cơ quan có liên quan"), TimeframeKind.FIXED_DEADLINE),
                tuple("5", List.of(SKHCN, SDTTG), List.of(PROVINCIAL_OFFICE), List.of(), TimeframeKind.RECURRING));
        assertThat(plan38.tasks()).allSatisfy(task -> assertThat(task.units().unknownNames()).isEmpty());
        assertThat(plan38.findings()).extracting(Finding::code).containsOnly(Finding.Code.NEEDS_DESIGNATION);
    }

    private static List<String> without(List<String> codes, String code) {
        return codes.stream().filter(each -> !each.equals(code)).toList();
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
