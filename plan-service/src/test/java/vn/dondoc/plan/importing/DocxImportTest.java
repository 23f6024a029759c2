package vn.dondoc.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DocxImportTest {

    final PlanImporter importer = new PlanImporter(Seeds.exampleSkhcn());

    @Test
    void importsAWordDocumentOfSeed001ToTheSamePlanAsItsText() {
        ImportedPlan fromText = importer.importText(Seeds.seed(1), null, LocalDate.of(2026, 1, 1));

        ImportedPlan fromDocx = importer.importText(DocxText.read(SeedDocx.of(Seeds.seed(1))), null, LocalDate.of(2026, 1, 1));

        assertThat(fromDocx.header()).isEqualTo(fromText.header());
        assertThat(fromDocx.tasks()).hasSize(22).isEqualTo(fromText.tasks());
        assertThat(fromDocx.findings()).extracting(Finding::code, Finding::row, Finding::message)
                .isEqualTo(fromText.findings().stream()
                        .map(f -> org.assertj.core.groups.Tuple.tuple(f.code(), f.row(), f.message())).toList());
    }

    @Test
    void refusesABrokenWordDocument() {
        byte[] docx = SeedDocx.of(Seeds.seed(1));
        byte[] broken = java.util.Arrays.copyOf(docx, docx.length / 2);

        assertThatThrownBy(() -> DocxText.read(broken)).isInstanceOf(NotAPlanException.class)
                .hasMessage("Tệp Word (.docx) bị hỏng hoặc không đọc được");
        assertThatThrownBy(() -> DocxText.read("not a zip".getBytes())).isInstanceOf(NotAPlanException.class);
    }
}
