package vn.dondoc.reporting.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped regimes chosen by the plans' reporting requirements (seeds 001 and 003). */
class RegimeSelectionTest {

    private final ReportingCalendar calendar = ShippedCalendar.load();
    private final RegimeSelection selection = new RegimeSelection(calendar, Map.of("SDTTG", "3-6-9-thang-va-nam"));

    @Test
    void selectsTheRegimeWithExactlyThePeriodsThePlanNames() {
        assertThat(codes(selection.forPlan("SKHCN", "quý, năm", List.of("QUARTER", "YEAR")))).containsExactly("quy-nam");
        assertThat(codes(selection.forPlan("SKHCN", "định kỳ 3 tháng, 6 tháng, 9 tháng và năm",
                List.of("QUARTER", "HALF_YEAR", "NINE_MONTHS", "YEAR")))).containsExactly("3-6-9-thang-va-nam");
        assertThat(codes(selection.forPlan("SKHCN", null, List.of("MONTH")))).containsExactly("hang-thang");
    }

    @Test
    void coversAMixNoSingleRegimeHasWithSeveral() {
        assertThat(codes(selection.forPlan("SKHCN", "hằng tháng, quý, năm", List.of("MONTH", "QUARTER", "YEAR"))))
                .containsExactly("quy-nam", "hang-thang");
        assertThat(codes(selection.forPlan("SKHCN", "6 tháng, năm", List.of("HALF_YEAR", "YEAR"))))
                .as("no regime reports six months alone: the one with fewest other periods")
                .containsExactly("3-6-9-thang-va-nam");
    }

    @Test
    void matchesTheTextWhenThePlanNamesNoPeriods() {
        assertThat(codes(selection.forPlan("SKHCN", "Định kỳ hàng tháng", List.of()))).containsExactly("hang-thang");
    }

    @Test
    void usesTheDepartmentsDefaultForAPlanWithoutARequirement() {
        assertThat(codes(selection.forPlan("SKHCN", null, List.of()))).containsExactly("quy-nam");
        assertThat(codes(selection.forPlan("SDTTG", " ", null))).containsExactly("3-6-9-thang-va-nam");
        assertThat(selection.departmentDefault("SDTTG").code()).isEqualTo("3-6-9-thang-va-nam");
    }

    @Test
    void refusesToStartWithAnUnknownDepartmentRegime() {
        assertThatThrownBy(() -> new RegimeSelection(calendar, Map.of("SKHCN", "hang-tuan")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("reporting.department-regimes.SKHCN: chế độ báo cáo 'hang-tuan' không có trong cấu hình"
                        + " reporting.regimes");
    }

    private static List<String> codes(List<Regime> regimes) {
        return regimes.stream().map(Regime::code).toList();
    }
}
