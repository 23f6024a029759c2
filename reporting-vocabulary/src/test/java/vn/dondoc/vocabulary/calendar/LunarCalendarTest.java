package vn.dondoc.vocabulary.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Vietnamese lunar calendar (UTC+7) against known dates, among them the years it differs from
 * the Chinese one (UTC+8); the differences as listed by vacanza/holidays' Vietnamese calendar.
 */
class LunarCalendarTest {

    @ParameterizedTest(name = "Tết {0} is {1}")
    @CsvSource({
            "2024, 2024-02-10", "2025, 2025-01-29", "2026, 2026-02-17", "2027, 2027-02-06",
            "2028, 2028-01-26", "2029, 2029-02-13"})
    void putsTetOnTheKnownDay(int year, LocalDate tet) {
        assertThat(LunarCalendar.newYear(year)).isEqualTo(tet);
    }

    @ParameterizedTest(name = "Tết {0} is {1} in Việt Nam, {2} in China")
    @CsvSource({
            "1985, 1985-01-21, 1985-02-20",
            "2007, 2007-02-17, 2007-02-18",
            // The new moon of 02/02/2030 is at 23:08 in Hà Nội, 00:08 on 03/02 in Beijing.
            "2030, 2030-02-02, 2030-02-03",
            "2053, 2053-02-18, 2053-02-19"})
    void reckonsTetForTheMeridianOfVietnamNotOfChina(int year, LocalDate vietnam, LocalDate china) {
        assertThat(LunarCalendar.newYear(year)).isEqualTo(vietnam).isNotEqualTo(china);
    }

    @ParameterizedTest(name = "Giỗ Tổ Hùng Vương (10/3 âm lịch) {0} is {1}")
    @CsvSource({
            "2025, 2025-04-07", "2026, 2026-04-26", "2027, 2027-04-16", "2028, 2028-04-04",
            "2029, 2029-04-23", "2030, 2030-04-12",
            // Việt Nam and China differ these years.
            "2009, 2009-04-04", "2037, 2037-04-24", "2038, 2038-04-13"})
    void putsGioToHungVuongOnTheTenthDayOfTheThirdMonth(int year, LocalDate gioTo) {
        assertThat(LunarCalendar.toSolar(year, 3, 10)).isEqualTo(gioTo);
    }
}
