package vn.dondoc.reporting.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dondoc.eventing.testing.TestTokens;
import vn.dondoc.reporting.ReportingHttpTest;

/** {@code GET /calendar/{year}}: the days the deadlines are counted in, and whether they were announced. */
class HolidayCalendarApiTest extends ReportingHttpTest {

    @Test
    void showsAnAnnouncedYearWithItsSwaps() throws Exception {
        HttpResponse<String> response = get("/calendar/2026", TestTokens.unit("SKHCN.QLKH"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode year = JSON.readTree(response.body());
        assertThat(year.get("source").asString()).isEqualTo("ANNOUNCED");
        assertThat(year.get("announced").asBoolean()).isTrue();
        assertThat(year.get("note").asString()).isEqualTo("Lịch nghỉ năm 2026 theo thông báo của Chính phủ.");
        assertThat(dates(year.get("daysOff"))).containsExactly("2026-01-01", "2026-01-02", "2026-02-16",
                "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20", "2026-04-27", "2026-04-30", "2026-05-01",
                "2026-08-31", "2026-09-01", "2026-09-02");
        assertThat(dates(year.get("workingWeekendDays"))).containsExactly("2026-01-10", "2026-08-22");
    }

    @Test
    void marksAYearNotAnnouncedAsComputed() throws Exception {
        HttpResponse<String> response = get("/calendar/2029", TestTokens.province());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode year = JSON.readTree(response.body());
        assertThat(year.get("source").asString()).isEqualTo("COMPUTED");
        assertThat(year.get("announced").asBoolean()).isFalse();
        assertThat(year.get("note").asString()).startsWith("Lịch nghỉ năm 2029 chưa được công bố: tính theo Điều 112"
                + " Bộ luật Lao động 2019");
        assertThat(dates(year.get("daysOff"))).containsExactly("2029-01-01", "2029-02-12", "2029-02-13",
                "2029-02-14", "2029-02-15", "2029-02-16", "2029-04-23", "2029-04-30", "2029-05-01", "2029-09-03",
                "2029-09-04");
        assertThat(dates(year.get("workingWeekendDays"))).isEmpty();
    }

    @Test
    void refusesAYearBeforeTheLabourCodeOf2019() throws Exception {
        HttpResponse<String> response = get("/calendar/2020", TestTokens.office());

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("title").asString()).isEqualTo("Năm không hợp lệ");
        assertThat(problem.get("detail").asString()).isEqualTo("Lịch ngày nghỉ có cho các năm từ 2021 (Bộ luật Lao"
                + " động 2019 có hiệu lực) đến 2199, không có năm 2020.");
    }

    @Test
    void isReadByEverySignedInRoleAndNobodyElse() throws Exception {
        for (String token : List.of(TestTokens.office(), TestTokens.leadership(), TestTokens.unit("SKHCN.VP"),
                TestTokens.province())) {
            assertThat(get("/calendar/2027", token).statusCode()).isEqualTo(200);
        }
        assertThat(get("/calendar/2027", null).statusCode()).isEqualTo(401);
    }

    private static List<String> dates(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).toList();
    }
}
