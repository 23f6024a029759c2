package vn.dondoc.plan.timeframe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dondoc.vocabulary.PeriodType;
import vn.dondoc.vocabulary.TimeframeKind;

class TimeframeParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Thường xuyên | CONTINUOUS | ",
            "liên tục | CONTINUOUS | ",
            "Khi có phát sinh | EVENT_DRIVEN | ",
            "Khi có yêu cầu | EVENT_DRIVEN | ",
            "Theo kế hoạch kiểm tra | ANCHORED_EXTERNAL | ",
            "Theo lịch của UBND tỉnh | ANCHORED_EXTERNAL | ",
            "Năm 2025 | FIXED_DEADLINE | 2025-12-31",
            "Quý I/2026 | FIXED_DEADLINE | 2026-03-31",
            "Tháng 6/2026 | FIXED_DEADLINE | 2026-06-30",
            "Trước ngày 15/12/2025 | FIXED_DEADLINE | 2025-12-14",
            "Chậm nhất ngày 15/12/2025 | FIXED_DEADLINE | 2025-12-15",
            "ngày 31/02/2026 | UNSPECIFIED | ",
            "Sớm | UNSPECIFIED | ",
            "'' | UNSPECIFIED | "})
    void readsTheKindAndDeadlineAndKeepsTheRawText(String text, TimeframeKind kind, LocalDate due) {
        Timeframe timeframe = TimeframeParser.parse(text);

        assertThat(timeframe.kind()).isEqualTo(kind);
        assertThat(timeframe.dueDate()).isEqualTo(due);
        assertThat(timeframe.text()).isEqualTo(text.strip());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Định kỳ hàng quý, năm | QUARTER YEAR",
            "hằng tháng | MONTH",
            "định kỳ 3 tháng, 6 tháng, 9 tháng và năm | QUARTER HALF_YEAR NINE_MONTHS YEAR"})
    void readsThePeriodsOfARecurringTask(String text, String periods) {
        Timeframe timeframe = TimeframeParser.parse(text);

        assertThat(timeframe.kind()).isEqualTo(TimeframeKind.RECURRING);
        assertThat(timeframe.periods()).isEqualTo(List.of(periods.split(" ")).stream().map(PeriodType::valueOf).toList());
    }
}
