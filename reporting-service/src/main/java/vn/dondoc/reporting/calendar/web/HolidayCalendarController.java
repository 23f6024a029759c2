package vn.dondoc.reporting.calendar.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.vocabulary.calendar.HolidayYear;
import vn.dondoc.reporting.calendar.ReportingCalendar;

/** The working-day calendar the deadlines are counted in, one year at a time, for every signed-in role. */
@RestController
class HolidayCalendarController {

    private final ReportingCalendar calendar;

    HolidayCalendarController(ReportingCalendar calendar) {
        this.calendar = calendar;
    }

    /** The year's weekdays off and worked weekend days, and whether the Government announced them. */
    @GetMapping("/calendar/{year}")
    HolidayYearView ofYear(@PathVariable int year) {
        return HolidayYearView.of(calendar.holidaysOf(year));
    }

    /**
     * @param source {@code ANNOUNCED} or {@code COMPUTED} (computed, not announced)
     * @param note   where the days come from, in Vietnamese
     */
    record HolidayYearView(int year, String source, boolean announced, String note, List<LocalDate> daysOff,
            List<LocalDate> workingWeekendDays) {

        static HolidayYearView of(HolidayYear year) {
            String note = year.isAnnounced()
                    ? "Lịch nghỉ năm " + year.year() + " theo thông báo của Chính phủ."
                    : "Lịch nghỉ năm " + year.year() + " chưa được công bố: tính theo Điều 112 Bộ luật Lao động"
                            + " 2019 (Tết Nguyên đán từ ngày cuối năm âm lịch đến mùng 4; Quốc khánh 02/9 và"
                            + " 01/9, hoặc 03/9 khi 02/9 là thứ Năm); ngày lễ trùng thứ Bảy, Chủ nhật được nghỉ"
                            + " bù vào ngày làm việc kế tiếp. Có thể thay đổi khi Chính phủ công bố.";
            return new HolidayYearView(year.year(), year.source().name(), year.isAnnounced(), note,
                    List.copyOf(year.daysOff()), List.copyOf(year.workingWeekendDays()));
        }
    }
}
