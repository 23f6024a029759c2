package vn.dondoc.reporting.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.dondoc.contracts.ReportDue.ReportLevel;
import vn.dondoc.vocabulary.ReportingPeriod;

/**
 * Every cut-off and deadline of 2025–2027 under the shipped configuration (2025 and 2026 announced,
 * 2027 computed from the Labour Code): cut-offs on weekends (Q4/2025 is Sunday 14/12/2025), deadlines
 * counted in working days over Tết, Giỗ Tổ and the swapped days, the 18th moved to the next working day.
 */
class ShippedCalendarTest {

    private final ReportingCalendar calendar = ShippedCalendar.load();

    @Test
    void findsAMonthByTheOneKeyAndByTheLegacyKeyAndPrintsTheOneKey() {
        Regime monthly = calendar.regime("hang-thang").orElseThrow();

        assertThat(calendar.period(monthly, "2026-M01")).map(ReportingPeriod::key).contains("2026-M01");
        assertThat(calendar.period(monthly, "2026-M1")).map(ReportingPeriod::key).contains("2026-M01");
        assertThat(calendar.period(monthly, "Tháng 1/2026")).map(ReportingPeriod::key).contains("2026-M01");
        assertThat(calendar.period(monthly, "2026-M13")).isEmpty();
    }

    @Test
    void pinsTheQuarterAndYearRegimeFrom2025To2027() {
        assertThat(rows("quý, năm", true)).containsExactly(
            "Quý I/2025, 2025-03-14, Fri, 2025-03-18, 2025-03-18",
            "Quý II/2025, 2025-06-14, Sat, 2025-06-17, 2025-06-18",
            "Quý III/2025, 2025-09-14, Sun, 2025-09-16, 2025-09-18",
            "Quý IV/2025, 2025-12-14, Sun, 2025-12-16, 2025-12-18",
            "Năm 2025, 2025-12-14, Sun, 2025-12-16, 2025-12-18",
            "Quý I/2026, 2026-03-14, Sat, 2026-03-17, 2026-03-18",
            "Quý II/2026, 2026-06-14, Sun, 2026-06-16, 2026-06-18",
            "Quý III/2026, 2026-09-14, Mon, 2026-09-16, 2026-09-18",
            "Quý IV/2026, 2026-12-14, Mon, 2026-12-16, 2026-12-18",
            "Năm 2026, 2026-12-14, Mon, 2026-12-16, 2026-12-18",
            "Quý I/2027, 2027-03-14, Sun, 2027-03-16, 2027-03-18",
            "Quý II/2027, 2027-06-14, Mon, 2027-06-16, 2027-06-18",
            "Quý III/2027, 2027-09-14, Tue, 2027-09-16, 2027-09-20",
            "Quý IV/2027, 2027-12-14, Tue, 2027-12-16, 2027-12-20",
            "Năm 2027, 2027-12-14, Tue, 2027-12-16, 2027-12-20");
    }

    @Test
    void pinsTheCumulativeThreeSixNineMonthAndYearRegimeFrom2025To2027() {
        assertThat(rows("3 tháng, 6 tháng, 9 tháng và năm", false)).containsExactly(
            "Quý I/2025, 2025-03-14, 2025-03-18, 2025-03-18",
            "6 tháng đầu năm 2025, 2025-06-14, 2025-06-17, 2025-06-18",
            "9 tháng 2025, 2025-09-14, 2025-09-16, 2025-09-18",
            "Năm 2025, 2025-12-14, 2025-12-16, 2025-12-18",
            "Quý I/2026, 2026-03-14, 2026-03-17, 2026-03-18",
            "6 tháng đầu năm 2026, 2026-06-14, 2026-06-16, 2026-06-18",
            "9 tháng 2026, 2026-09-14, 2026-09-16, 2026-09-18",
            "Năm 2026, 2026-12-14, 2026-12-16, 2026-12-18",
            "Quý I/2027, 2027-03-14, 2027-03-16, 2027-03-18",
            "6 tháng đầu năm 2027, 2027-06-14, 2027-06-16, 2027-06-18",
            "9 tháng 2027, 2027-09-14, 2027-09-16, 2027-09-20",
            "Năm 2027, 2027-12-14, 2027-12-16, 2027-12-20");
    }

    @Test
    void pinsTheMonthlyRegimeWhoseDeadlinesCrossTetAndGioTo() {
        assertThat(rows("hằng tháng", false))
                .containsExactly(
            "Tháng 1/2025, 2025-01-14, 2025-01-16, 2025-01-20",
            "Tháng 2/2025, 2025-02-14, 2025-02-18, 2025-02-20",
            "Tháng 3/2025, 2025-03-14, 2025-03-18, 2025-03-20",
            "Tháng 4/2025, 2025-04-14, 2025-04-16, 2025-04-18",
            "Tháng 5/2025, 2025-05-14, 2025-05-16, 2025-05-20",
            "Tháng 6/2025, 2025-06-14, 2025-06-17, 2025-06-19",
            "Tháng 7/2025, 2025-07-14, 2025-07-16, 2025-07-18",
            "Tháng 8/2025, 2025-08-14, 2025-08-18, 2025-08-20",
            "Tháng 9/2025, 2025-09-14, 2025-09-16, 2025-09-18",
            "Tháng 10/2025, 2025-10-14, 2025-10-16, 2025-10-20",
            "Tháng 11/2025, 2025-11-14, 2025-11-18, 2025-11-20",
            "Tháng 12/2025, 2025-12-14, 2025-12-16, 2025-12-18",
            "Tháng 1/2026, 2026-01-14, 2026-01-16, 2026-01-20",
            "Tháng 2/2026, 2026-02-14, 2026-02-24, 2026-02-26",
            "Tháng 3/2026, 2026-03-14, 2026-03-17, 2026-03-19",
            "Tháng 4/2026, 2026-04-14, 2026-04-16, 2026-04-20",
            "Tháng 5/2026, 2026-05-14, 2026-05-18, 2026-05-20",
            "Tháng 6/2026, 2026-06-14, 2026-06-16, 2026-06-18",
            "Tháng 7/2026, 2026-07-14, 2026-07-16, 2026-07-20",
            "Tháng 8/2026, 2026-08-14, 2026-08-18, 2026-08-20",
            "Tháng 9/2026, 2026-09-14, 2026-09-16, 2026-09-18",
            "Tháng 10/2026, 2026-10-14, 2026-10-16, 2026-10-20",
            "Tháng 11/2026, 2026-11-14, 2026-11-17, 2026-11-19",
            "Tháng 12/2026, 2026-12-14, 2026-12-16, 2026-12-18",
            "Tháng 1/2027, 2027-01-14, 2027-01-18, 2027-01-20",
            "Tháng 2/2027, 2027-02-14, 2027-02-16, 2027-02-18",
            "Tháng 3/2027, 2027-03-14, 2027-03-16, 2027-03-18",
            "Tháng 4/2027, 2027-04-14, 2027-04-19, 2027-04-21",
            "Tháng 5/2027, 2027-05-14, 2027-05-18, 2027-05-20",
            "Tháng 6/2027, 2027-06-14, 2027-06-16, 2027-06-18",
            "Tháng 7/2027, 2027-07-14, 2027-07-16, 2027-07-20",
            "Tháng 8/2027, 2027-08-14, 2027-08-17, 2027-08-19",
            "Tháng 9/2027, 2027-09-14, 2027-09-16, 2027-09-20",
            "Tháng 10/2027, 2027-10-14, 2027-10-18, 2027-10-20",
            "Tháng 11/2027, 2027-11-14, 2027-11-16, 2027-11-18",
            "Tháng 12/2027, 2027-12-14, 2027-12-16, 2027-12-20");
    }

    @Test
    void keepsEveryDeadlineAfterItsCutOffAndTheOfficeAfterTheUnitsInTheComputedYears() {
        // The start-up check covers the announced years; the computed ones are checked here.
        for (Regime regime : calendar.regimes()) {
            for (int year = 2027; year <= 2040; year++) {
                List<ScheduledReport> units = calendar.reportsOf(regime, year, ReportLevel.UNIT_TO_OFFICE);
                List<ScheduledReport> offices = calendar.reportsOf(regime, year, ReportLevel.OFFICE_TO_PROVINCE);
                for (int i = 0; i < units.size(); i++) {
                    ScheduledReport unit = units.get(i);
                    assertThat(unit.dueDate()).as("%s %s", regime.code(), unit.period().label())
                            .isAfter(unit.cutOff());
                    assertThat(offices.get(i).dueDate()).as("%s %s", regime.code(), unit.period().label())
                            .isAfterOrEqualTo(unit.dueDate());
                }
            }
        }
    }

    @Test
    void startsEveryCumulativePeriodOnTheFifteenthOfDecemberOfThePreviousYear() {
        Regime cumulative = calendar.regime("3-6-9-thang-va-nam").orElseThrow();

        assertThat(cumulative.periodsOf(2026)).extracting(ReportingPeriod::label, ReportingPeriod::windowStart,
                ReportingPeriod::windowEnd).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Quý I/2026", LocalDate.of(2025, 12, 15), LocalDate.of(2026, 3, 14)),
                org.assertj.core.groups.Tuple.tuple("6 tháng đầu năm 2026", LocalDate.of(2025, 12, 15), LocalDate.of(2026, 6, 14)),
                org.assertj.core.groups.Tuple.tuple("9 tháng 2026", LocalDate.of(2025, 12, 15), LocalDate.of(2026, 9, 14)),
                org.assertj.core.groups.Tuple.tuple("Năm 2026", LocalDate.of(2025, 12, 15), LocalDate.of(2026, 12, 14)));
    }

    @Test
    void selectsARegimeByThePlansPhraseWhateverItsCaseOrUnicodeForm() {
        String decomposed = java.text.Normalizer.normalize("Quý, Năm", java.text.Normalizer.Form.NFD);

        assertThat(calendar.regime(decomposed)).map(Regime::code).hasValue("quy-nam");
        assertThat(calendar.regime("3 tháng, 6 tháng, 9 tháng và năm")).map(Regime::code)
                .hasValue("3-6-9-thang-va-nam");
        assertThat(calendar.regime("hằng tuần")).isEmpty();
    }

    /** "label, cut-off[, weekday], units' deadline, office's deadline" for every period of 2025–2027. */
    private List<String> rows(String regimeName, boolean withDay) {
        Regime regime = calendar.regime(regimeName).orElseThrow();
        return IntStream.rangeClosed(2025, 2027).boxed()
                .flatMap(year -> {
                    List<ScheduledReport> units = calendar.reportsOf(regime, year, ReportLevel.UNIT_TO_OFFICE);
                    List<ScheduledReport> offices = calendar.reportsOf(regime, year, ReportLevel.OFFICE_TO_PROVINCE);
                    return IntStream.range(0, units.size()).mapToObj(i -> String.join(", ",
                            units.get(i).period().label(), units.get(i).cutOff().toString())
                            + (withDay ? ", " + day(units.get(i).cutOff()) : "")
                            + ", " + units.get(i).dueDate() + ", " + offices.get(i).dueDate());
                })
                .toList();
    }

    private static String day(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
