package vn.dondoc.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CoverageTest {

    @Test
    void aPlanWithoutEndDateEndsOnThe31stOfDecemberOfTheYearItStarts() {
        Coverage coverage = Coverage.of(null, null, LocalDate.of(2026, 3, 25));

        assertThat(coverage).isEqualTo(new Coverage(LocalDate.of(2026, 3, 25), LocalDate.of(2026, 12, 31)));
        assertThat(coverage.overlaps(LocalDate.of(2026, 12, 15), LocalDate.of(2027, 3, 14))).as("Q1/2027").isTrue();
        assertThat(coverage.overlaps(LocalDate.of(2027, 3, 15), LocalDate.of(2027, 6, 14))).as("Q2/2027").isFalse();
        assertThat(coverage.overlaps(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 3, 14))).as("Q1/2026, before it")
                .isFalse();
    }

    @Test
    void aStatedCoverageIsKeptAndAnUnknownOneOverlapsEverything() {
        assertThat(Coverage.of(LocalDate.of(2025, 9, 1), LocalDate.of(2027, 12, 31), LocalDate.of(2025, 8, 20)))
                .isEqualTo(new Coverage(LocalDate.of(2025, 9, 1), LocalDate.of(2027, 12, 31)));
        assertThat(new Coverage(null, null).overlaps(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 3, 1))).isTrue();
    }
}
