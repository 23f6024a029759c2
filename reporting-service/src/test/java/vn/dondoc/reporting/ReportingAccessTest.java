package vn.dondoc.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dondoc.eventing.testing.HealthDetails;
import vn.dondoc.eventing.testing.TestTokens;

/** A unit submits and reads only its own reports; department reports are the office's, leadership's and province's. */
class ReportingAccessTest extends ReportingHttpTest {

    @Test
    void healthShowsItsDetailsToOperatorsOnly() throws Exception {
        HealthDetails.shownToOperatorsOnly(port);
    }

    @Test
    void aUnitSubmitsOnlyItsOwnReportAndNobodyElseSubmitsForIt() throws Exception {
        String unit = "R" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + ".VP";
        String report = "{\"period\": \"2026-Q3\", \"results\": \"Đã hoàn thành rà soát\"}";

        for (String token : List.of(TestTokens.unit("SKHCN.QLKH"), TestTokens.office(), TestTokens.leadership(),
                TestTokens.province())) {
            HttpResponse<String> forbidden = post("/units/" + unit + "/reports", report, token);
            assertThat(forbidden.statusCode()).isEqualTo(403);
            assertThat(JSON.readTree(forbidden.body()).get("title").asString()).isEqualTo("Không có quyền thực hiện");
        }
        assertThat(get("/units/" + unit + "/reports/2026-Q3").statusCode()).as("nothing was stored").isEqualTo(404);
        assertThat(get("/units/" + unit + "/reports/2026-Q3", TestTokens.unit(unit)).statusCode()).isEqualTo(404);
        assertThat(get("/units/" + unit + "/reports/2026-Q3", TestTokens.unit("SKHCN.QLKH")).statusCode()).isEqualTo(403);
        assertThat(post("/units/" + unit + "/reports", report, TestTokens.unit(unit)).statusCode())
                .as("the unit itself passes access control and meets the service's own rules")
                .isNotIn(401, 403);
    }

    @Test
    void departmentReportsAndAllUnitsFiguresAreForTheOfficeLeadershipAndProvince() throws Exception {
        String department = "/departments/KHONGCO/reports/2026-Q3";
        for (String token : List.of(TestTokens.office("KHONGCO"), TestTokens.leadership("KHONGCO"),
                TestTokens.province())) {
            assertThat(get(department, token).statusCode()).as("passes access, unknown department").isEqualTo(404);
        }
        for (String token : List.of(TestTokens.office(), TestTokens.leadership(), TestTokens.province())) {
            assertThat(get("/units/counts", token).statusCode()).isEqualTo(200);
            assertThat(get("/units/SKHCN.VP/reports-due", token).statusCode()).isEqualTo(200);
        }
        String unit = TestTokens.unit("SKHCN.VP");
        assertThat(get(department, TestTokens.office()).statusCode()).as("another department's").isEqualTo(403);
        assertThat(get(department, unit).statusCode()).isEqualTo(403);
        assertThat(get(department + "/xlsx", unit).statusCode()).isEqualTo(403);
        assertThat(get("/units/counts", unit).statusCode()).isEqualTo(403);
        assertThat(get("/units/SKHCN.VP/reports-due", unit).statusCode()).isEqualTo(200);
        assertThat(get("/units/SKHCN.QLKH/reports-due", unit).statusCode()).isEqualTo(403);
        assertThat(get("/units/SKHCN.QLKH/counts", unit).statusCode()).isEqualTo(403);
        HttpResponse<String> anonymous = get(department, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(anonymous.body()).get("title").asString()).isEqualTo("Chưa xác thực");
        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(200);
    }
}
