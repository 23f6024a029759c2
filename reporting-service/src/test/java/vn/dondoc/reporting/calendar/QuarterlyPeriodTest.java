package vn.dondoc.reporting.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class QuarterlyPeriodTest {

    @ParameterizedTest(name = "{0} belongs to {1}, window {2} to {3}")
    @CsvSource({
            "2025-12-14, Quý IV/2025,  2025-09-15, 2025-12-14",
            "2025-12-15, Quý I/2026,   2025-12-15, 2026-03-14",
            "2026-03-14, Quý I/2026,   2025-12-15, 2026-03-14",
            "2026-03-15, Quý II/2026,  2026-03-15, 2026-06-14",
            "2026-09-14, Quý III/2026, 2026-06-15, 2026-09-14",
            "2026-11-22, Quý IV/2026,  2026-09-15, 2026-12-14",
            "2027-01-01, Quý I/2027,   2026-12-15, 2027-03-14"})
    void placesADateInTheDecree09QuarterWhoseDataWindowHoldsIt(LocalDate date, String label,
            LocalDate windowStart, LocalDate windowEnd) {
        QuarterlyPeriod period = QuarterlyPeriod.containing(date);

        assertThat(period.label()).isEqualTo(label);
        assertThat(period.windowStart()).isEqualTo(windowStart);
        assertThat(period.windowEnd()).isEqualTo(windowEnd);
    }

    @Test
    void rejectsQuarterFive() {
        assertThatThrownBy(() -> new QuarterlyPeriod(2026, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("quarter must be 1 to 4");
    }
}
