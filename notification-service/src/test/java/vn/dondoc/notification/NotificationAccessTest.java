package vn.dondoc.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dondoc.contracts.EventTypes;
import vn.dondoc.contracts.Topics;
import vn.dondoc.eventing.testing.HealthDetails;
import vn.dondoc.eventing.testing.TestTokens;

/** A unit reads its own inbox and contact; the office manages contacts and deliveries. */
class NotificationAccessTest extends NotificationServiceTest {

    @Test
    void healthShowsItsDetailsToOperatorsOnly() throws Exception {
        HealthDetails.shownToOperatorsOnly(port);
    }

    @Test
    void aUnitReadsAndMarksOnlyItsOwnInbox() {
        String unit = "SKHCN." + unique("A") + ".VP";
        String eventId = UUID.randomUUID().toString();
        topics().sendCloudEvent(Topics.REPORT_DUE, unit, eventId, EventTypes.REPORT_DUE, """
                {"eventId":"%s","occurredAt":"2026-11-20T01:00:00Z","reportId":"%s:Q3","unitCode":"%s",
                 "periodLabel":"Quý III/2026","windowStart":"2026-06-15","windowEnd":"2026-09-14",
                 "dueDate":"2026-09-16","level":"UNIT_TO_OFFICE"}
                """.formatted(eventId, unit, unit));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(get("/units/" + unit + "/notifications")).hasSize(1));
        String other = TestTokens.unit("SKHCN.QLKH");

        for (String token : List.of(TestTokens.unit(unit), TestTokens.office(), TestTokens.leadership(),
                TestTokens.province())) {
            assertThat(call("GET", "/units/" + unit + "/notifications", null, token).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> peeking = call("GET", "/units/" + unit + "/notifications", null, other);
        assertThat(peeking.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(peeking.body()).get("title").asString()).isEqualTo("Không có quyền thực hiện");
        for (String token : List.of(other, TestTokens.office(), TestTokens.province())) {
            assertThat(call("POST", "/units/" + unit + "/notifications/read", null, token).statusCode())
                    .isEqualTo(403);
        }
        assertThat(get("/units/" + unit + "/notifications/unread-count").get("unread").asLong()).isEqualTo(1);
        assertThat(call("GET", "/units/" + unit + "/notifications", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void onlyTheOfficeManagesContactsAndRetriesDeliveries() {
        String unit = "SKHCN." + unique("C") + ".VP";
        String contact = "{\"emails\":[\"van.phong@skhcn.thainguyen.gov.vn\"],\"cadence\":\"IMMEDIATE\"}";
        for (String token : List.of(TestTokens.unit(unit), TestTokens.leadership(), TestTokens.province())) {
            assertThat(call("PUT", "/units/" + unit + "/contact", contact, token).statusCode()).isEqualTo(403);
            assertThat(call("POST", "/deliveries/" + UUID.randomUUID() + "/retry", null, token).statusCode())
                    .isEqualTo(403);
        }
        assertThat(call("GET", "/units/" + unit + "/contact", null, TestTokens.office()).statusCode()).isEqualTo(404);
        assertThat(call("PUT", "/units/" + unit + "/contact", contact, TestTokens.office()).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/units/" + unit + "/contact", null, TestTokens.unit(unit)).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/units/" + unit + "/contact", null, TestTokens.unit("SKHCN.QLKH")).statusCode())
                .isEqualTo(403);
        assertThat(call("GET", "/contacts", null, TestTokens.unit(unit)).statusCode()).isEqualTo(403);
        assertThat(call("GET", "/deliveries", null, TestTokens.unit(unit)).statusCode()).isEqualTo(403);
        assertThat(call("GET", "/deliveries", null, TestTokens.leadership()).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/actuator/health", null, null).statusCode()).isEqualTo(200);
    }
}
