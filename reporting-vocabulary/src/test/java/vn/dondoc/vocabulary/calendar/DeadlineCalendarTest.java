package vn.dondoc.vocabulary.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dondoc.vocabulary.ReportingPeriod;

class DeadlineCalendarTest {

    private final DeadlineCalendar calendar = DeadlineCalendar.shipped();

    @Test
    void dueOnTheUnitsDeadlineTwoWorkingDaysAfterTheCutOff() {
        // Q1/2025: cut-off Fri 14/03/2025 → Mon 17, Tue 18.
        assertThat(calendar.unitDueFor(ReportingPeriod.parse("2025-Q1").orElseThrow()))
                .isEqualTo(LocalDate.of(2025, 3, 18));
        // February 2026: cut-off Sat 14/02/2026, Tết off 16–20/02 → Mon 23, Tue 24.
        assertThat(calendar.unitDueFor(ReportingPeriod.parse("2026-M02").orElseThrow()))
                .isEqualTo(LocalDate.of(2026, 2, 24));
    }

    @Test
    void shipsTheAnnouncedYearsAndTheUnitsRule() {
        assertThat(calendar.workingDays().announcedYears()).containsExactly(2025, 2026);
        assertThat(calendar.unitDeadline()).isEqualTo(new DeadlineRule(DeadlineRule.Kind.WORKING_DAYS_AFTER_CUT_OFF, 2));
    }

    @Test
    void aReplacementFileSetsBothTheDaysOffAndTheRule() throws Exception {
        DeadlineCalendar replaced = DeadlineCalendar.read(new StringReader("""
                unit-deadline=DAY_OF_LAST_MONTH 17
                holidays.2025.days-off=2025-03-17
                """), "test");

        assertThat(replaced.unitDueFor(ReportingPeriod.parse("2025-Q1").orElseThrow()))
                .isEqualTo(LocalDate.of(2025, 3, 18));
        assertThat(replaced.workingDays().year(2025).isWorkingDay(LocalDate.of(2025, 1, 27))).isTrue();
    }

    @Test
    void refusesADayOutsideItsYearAndAnUnknownKey() {
        assertThatThrownBy(() -> DeadlineCalendar.read(new StringReader("""
                unit-deadline=WORKING_DAYS_AFTER_CUT_OFF 2
                holidays.2025.days-off=2026-01-01
                """), "test")).hasMessageContaining("không thuộc năm 2025");
        assertThatThrownBy(() -> DeadlineCalendar.read(new StringReader("""
                unit-deadline=WORKING_DAYS_AFTER_CUT_OFF 2
                holiday.2025=2025-01-01
                """), "test")).hasMessageContaining("unknown key 'holiday.2025'");
    }
}
