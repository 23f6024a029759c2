package vn.dondoc.reporting.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dondoc.vocabulary.calendar.HolidayYear;
import vn.dondoc.vocabulary.calendar.WorkingDays;

class WorkingDaysTest {

    private final WorkingDays workingDays = ShippedCalendar.load().workingDays();

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource({
            "2025-01-01, false", "2025-01-27, false", "2025-01-31, false", "2025-02-03, true",
            "2025-04-07, false", "2025-04-26, true", "2025-05-02, false", "2025-09-01, false",
            "2026-01-02, false", "2026-01-10, true", "2026-02-16, false", "2026-02-23, true",
            "2026-04-26, false", "2026-04-27, false", "2026-08-22, true", "2026-08-31, false",
            "2026-09-01, false", "2026-09-02, false", "2026-11-22, false", "2026-11-23, true",
            "2027-02-05, false", "2027-02-11, false", "2027-02-12, true", "2027-04-16, false",
            "2027-05-03, false", "2027-09-03, false"})
    void knowsTheHolidaysSwapsAndWeekendsOf2025To2027(LocalDate date, boolean working) {
        assertThat(workingDays.isWorkingDay(date)).isEqualTo(working);
    }

    @Test
    void countsWorkingDaysAcrossTet() {
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2025, 1, 24), 1)).isEqualTo(LocalDate.of(2025, 2, 3));
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2026, 2, 13), 2)).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2029, 2, 9), 1)).isEqualTo(LocalDate.of(2029, 2, 19));
    }

    @Test
    void countsTheAnnouncedSwapsOf2026() {
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2025, 12, 31), 1)).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2026, 1, 9), 1)).isEqualTo(LocalDate.of(2026, 1, 10));
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2026, 8, 28), 1)).isEqualTo(LocalDate.of(2026, 9, 3));
        assertThat(workingDays.onOrAfter(LocalDate.of(2026, 8, 22))).isEqualTo(LocalDate.of(2026, 8, 22));
    }

    @Test
    void announcesOnlyTheConfiguredYearsAndComputesTheOthers() {
        assertThat(workingDays.announcedYears()).containsExactly(2025, 2026);
        assertThat(workingDays.year(2026).source()).isEqualTo(HolidayYear.Source.ANNOUNCED);
        assertThat(workingDays.year(2027).source()).isEqualTo(HolidayYear.Source.COMPUTED);
        assertThat(workingDays.year(2028).source()).isEqualTo(HolidayYear.Source.COMPUTED);
    }

    @Test
    void countsTheLabourCodeHolidaysInAYearNotAnnounced() {
        // Giỗ Tổ Tue 04/04/2028: two working days after Fri 31/03 are Mon 03/04 and Wed 05/04.
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2028, 3, 31), 2)).isEqualTo(LocalDate.of(2028, 4, 5));
        assertThat(workingDays.onOrAfter(LocalDate.of(2028, 1, 1))).isEqualTo(LocalDate.of(2028, 1, 4));
    }
}
