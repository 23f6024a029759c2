package vn.dondoc.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class AllSeedsImportTest {

    static final java.util.List<String> SEEDS = Seeds.ALL;

    @ParameterizedTest
    @FieldSource("SEEDS")
    void importsTheHeaderOfEverySeed(String seed) {
        ImportedPlan plan = new PlanImporter(Seeds.exampleSkhcn()).importText(Seeds.text(seed), "SKHCN", LocalDate.of(2026, 1, 1));

        assertThat(plan.header().title()).isNotBlank();
        assertThat(plan.header().issueDate()).isNotNull();
        assertThat(plan.header().signer()).isNotBlank();
        assertThat(plan.header().recipients()).contains("Văn phòng UBND tỉnh");
        assertThat(plan.header().coverageStart()).isNotNull();
        if (plan.tasks().isEmpty()) {
            assertThat(plan.taskSource()).isEqualTo(ImportedPlan.TaskSource.NONE_FOUND);
            assertThat(plan.findings()).extracting(Finding::code).contains(Finding.Code.NO_TASK_TABLE);
        }
    }

    @org.junit.jupiter.api.Test
    void warnsAboutA2025DateCitedByA2026Plan() {
        ImportedPlan plan = new PlanImporter(Seeds.exampleSkhcn()).importText(Seeds.seed(2), null, LocalDate.of(2026, 1, 1));

        assertThat(plan.header().departmentCode()).isEqualTo("SDTTG");
        assertThat(plan.findings()).filteredOn(finding -> finding.code() == Finding.Code.SUSPICIOUS_PARENT_REFERENCE)
                .extracting(Finding::message).containsExactly(
                        "Kế hoạch số 38/KH-UBND được dẫn với ngày 5/2/2025 trong kế hoạch năm 2026: cần kiểm tra lại");
    }

    @org.junit.jupiter.api.Test
    void readsTheCumulativeReportingRequirementOfSeed003() {
        ImportedPlan plan = new PlanImporter(Seeds.exampleSkhcn()).importText(Seeds.seed(3), "SKHCN", LocalDate.of(2026, 1, 1));

        assertThat(plan.header().number()).isNull();
        assertThat(plan.header().reportingRequirement().text()).isEqualTo("định kỳ 3 tháng, 6 tháng, 9 tháng và năm");
        assertThat(plan.header().parentReferences()).extracting(ParentReference::number)
                .containsExactly("51/KH-UBND", "52/KH-UBND");
        assertThat(plan.header().signer()).isEqualTo("Phạm Văn Trinh");
    }
}
