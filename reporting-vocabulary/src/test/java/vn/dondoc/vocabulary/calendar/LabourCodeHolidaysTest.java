package vn.dondoc.vocabulary.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The days off of a year not announced yet, from Bộ luật Lao động 2019, Điều 112 and 111.3. */
class LabourCodeHolidaysTest {

    @Test
    void givesTheFiveDaysOfTet2029FromTheLastDayOfTheLunarYear() {
        HolidayYear year2029 = LabourCodeHolidays.of(2029);

        assertThat(days("2029-02-12", "2029-02-13", "2029-02-14", "2029-02-15", "2029-02-16"))
                .allSatisfy(day -> assertThat(year2029.isWorkingDay(day)).as(day.toString()).isFalse());
        assertThat(year2029.isWorkingDay(LocalDate.of(2029, 2, 9))).isTrue();
        assertThat(year2029.isWorkingDay(LocalDate.of(2029, 2, 19))).isTrue();
    }

    @ParameterizedTest(name = "Giỗ Tổ Hùng Vương {0} is a day off")
    @ValueSource(strings = {"2028-04-04", "2029-04-23", "2030-04-12"})
    void givesGioToHungVuongOff(LocalDate gioTo) {
        assertThat(LabourCodeHolidays.of(gioTo.getYear()).daysOff()).contains(gioTo);
    }

    @Test
    void compensatesEveryHolidayOnAWeekendOnTheNextWorkingDay() {
        // 2028: 1/1 Sat; mùng 4 Tết Sat 29/01; 30/4 Sun with 1/5 Mon a holiday; 2/9 Sat.
        assertThat(LabourCodeHolidays.of(2028).daysOff()).containsExactlyElementsOf(days(
                "2028-01-03", "2028-01-25", "2028-01-26", "2028-01-27", "2028-01-28", "2028-01-31",
                "2028-04-04", "2028-05-01", "2028-05-02", "2028-09-01", "2028-09-04"));
    }

    @Test
    void computes2027AsTheConfigurationUsedToAssumeIt() {
        // Tết Đinh Mùi: 29 Tết Fri 05/02 to mùng 4 Tue 09/02, Sat and Sun compensated Wed 10 and Thu 11;
        // Giỗ Tổ Fri 16/04; 1/5 Sat → Mon 03/05; 2/9 Thu and Fri 03/09.
        assertThat(LabourCodeHolidays.of(2027).daysOff()).containsExactlyElementsOf(days(
                "2027-01-01", "2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10", "2027-02-11",
                "2027-04-16", "2027-04-30", "2027-05-03", "2027-09-02", "2027-09-03"));
    }

    @ParameterizedTest(name = "{0}: every holiday of the Labour Code is off in the announced calendar")
    @ValueSource(ints = {2025, 2026})
    void agreesWithTheAnnouncedYearsOnTheHolidaysThemselves(int year) {
        HolidayYear announced = DeadlineCalendar.shipped().workingDays().year(year);

        assertThat(announced.isAnnounced()).isTrue();
        assertThat(LabourCodeHolidays.holidays(year))
                .allSatisfy(day -> assertThat(announced.isWorkingDay(day)).as(day.toString()).isFalse());
    }

    @ParameterizedTest(name = "Quốc khánh {0}: weekdays off {1}")
    @CsvSource({
            "2021, 2021-09-02 2021-09-03", "2022, 2022-09-01 2022-09-02", "2023, 2023-09-01 2023-09-04",
            "2024, 2024-09-02 2024-09-03", "2025, 2025-09-01 2025-09-02", "2026, 2026-09-01 2026-09-02"})
    void choosesTheDayNextToNationalDayAsTheAnnouncementsSince2021Did(int year, String announced) {
        List<LocalDate> daysOff = LabourCodeHolidays.of(year).daysOff().stream()
                .filter(day -> day.getMonthValue() == 9).toList();

        assertThat(daysOff).containsExactlyElementsOf(days(announced.split(" ")));
    }

    private static List<LocalDate> days(String... days) {
        return Stream.of(days).map(LocalDate::parse).toList();
    }
}
