package vn.dondoc.reporting.calendar;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Map;
import vn.dondoc.vocabulary.calendar.DeadlineCalendar;
import org.junit.jupiter.api.Test;

class RegimeValidationTest {

    @Test
    void rejectsARegimeWhoseDeadlineFallsBeforeItsCutOff() throws Exception {
        DeadlineCalendar tenth = DeadlineCalendar.read(new StringReader("""
                unit-deadline=DAY_OF_LAST_MONTH 10
                holidays.2025.days-off=2025-01-01
                """), "test");

        assertThatThrownBy(() -> ShippedCalendar.load(Map.of(), tenth))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Chế độ báo cáo 'quy-nam' (quý, năm): hạn nộp UNIT_TO_OFFICE (ngày 10 tháng"
                        + " cuối kỳ) là 10/03/2025, không sau ngày chốt số liệu 14/03/2025 của kỳ Quý I/2025."
                        + " Nghị định 09/2019/NĐ-CP yêu cầu hạn nộp sau ngày chốt số liệu.");
    }

    @Test
    void rejectsADeadlineOnTheCutOffDayItself() {
        Map<String, Object> sameDay = Map.of(
                "reporting.regimes.hang-thang.deadlines.OFFICE_TO_PROVINCE.value", "0");

        assertThatThrownBy(() -> ShippedCalendar.load(sameDay))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'hang-thang'").hasMessageContaining("OFFICE_TO_PROVINCE")
                .hasMessageContaining("Tháng 1/2025");
    }

    @Test
    void rejectsAnOfficeDeadlineBeforeTheUnitsDeadline() {
        Map<String, Object> officeOnThe18th = Map.of(
                "reporting.regimes.hang-thang.deadlines.OFFICE_TO_PROVINCE.kind", "DAY_OF_LAST_MONTH",
                "reporting.regimes.hang-thang.deadlines.OFFICE_TO_PROVINCE.value", "18");

        assertThatThrownBy(() -> ShippedCalendar.load(officeOnThe18th))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Chế độ báo cáo 'hang-thang' (hằng tháng): hạn Văn phòng nộp UBND tỉnh"
                        + " 23/02/2026 trước hạn các đơn vị nộp Văn phòng 24/02/2026 (kỳ Tháng 2/2026).");
    }

    @Test
    void rejectsARegimeStatingAUnitsDeadlineOtherThanTheSharedOne() {
        Map<String, Object> threeDays = Map.of(
                "reporting.regimes.quy-nam.deadlines.UNIT_TO_OFFICE.kind", "WORKING_DAYS_AFTER_CUT_OFF",
                "reporting.regimes.quy-nam.deadlines.UNIT_TO_OFFICE.value", "3");

        assertThatThrownBy(() -> ShippedCalendar.load(threeDays))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Chế độ báo cáo 'quy-nam': hạn các đơn vị nộp Văn phòng (ngày chốt số liệu"
                        + " + 3 ngày làm việc) khác hạn chung (ngày chốt số liệu + 2 ngày làm việc)");
    }

    @Test
    void refusesTheHolidaysItNoLongerOwns() {
        assertThatThrownBy(() -> ShippedCalendar.load(Map.of("reporting.holidays.2027.days-off", "2027-01-01")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("reporting.holidays không còn được dùng");
    }

    @Test
    void rejectsAnUnknownDefaultRegime() {
        assertThatThrownBy(() -> ShippedCalendar.load(Map.of("reporting.default-regime", "hang-tuan")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Chế độ báo cáo mặc định 'hang-tuan' không có trong cấu hình");
    }
}
