package vn.dondoc.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProseTasksTest {

    final PlanImporter importer = new PlanImporter(Seeds.exampleSkhcn());

    @Test
    void takesTheTasksOfSeed000FromTheNumberedParagraphsOfItsOrganisationSection() {
        ImportedPlan plan = importer.importText(Seeds.seed(0), null, LocalDate.of(2026, 1, 1));

        assertThat(plan.taskSource()).isEqualTo(ImportedPlan.TaskSource.PROSE);
        assertThat(plan.tasks()).extracting(ImportedTask::number, ImportedTask::leadText, task -> task.units().leadUnits())
                .containsExactly(
                        tuple("1", "Văn phòng Sở", List.of("SKHCN.VP")),
                        tuple("2", "Các phòng chuyên môn, Trung tâm trực thuộc Sở",
                                List.of("SKHCN.QLKH", "SKHCN.QLCN", "SKHCN.CDS", "SKHCN.KHTC", "SKHCN.CNTT")));
        assertThat(plan.tasks().get(0).content()).startsWith("có trách nhiệm đôn đốc, hướng dẫn các phòng");
        assertThat(plan.findings()).extracting(Finding::code).contains(Finding.Code.TASKS_FROM_PROSE,
                Finding.Code.UNSPECIFIED_TIMEFRAME);
    }

    @Test
    void takesTheTasksOfSeed003WhereAParagraphOpensWithAUnit() {
        ImportedPlan plan = importer.importText(Seeds.seed(3), "SKHCN", LocalDate.of(2026, 1, 1));

        assertThat(plan.taskSource()).isEqualTo(ImportedPlan.TaskSource.PROSE);
        assertThat(plan.tasks()).extracting(ImportedTask::number, task -> task.units().leadUnits())
                .contains(tuple("1", List.of("SKHCN.VP")), tuple("2", List.of("SKHCN.CDS")));
    }
}
