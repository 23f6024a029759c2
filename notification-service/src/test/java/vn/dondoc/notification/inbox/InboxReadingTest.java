package vn.dondoc.notification.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dondoc.contracts.EventTypes;
import vn.dondoc.contracts.Topics;
import vn.dondoc.notification.NotificationServiceTest;

class InboxReadingTest extends NotificationServiceTest {

    @Test
    void countsUnreadMessagesAndMarksThemRead() {
        String unit = unique("I") + ".VP";
        for (String period : new String[] {"Quý III/2026", "Quý IV/2026"}) {
            String eventId = UUID.randomUUID().toString();
            topics().sendCloudEvent(Topics.REPORT_DUE, unit, eventId, EventTypes.REPORT_DUE, """
                    {"eventId":"%s","occurredAt":"2026-11-20T01:00:00Z","reportId":"%s:%s","unitCode":"%s",
                     "periodLabel":"%s","windowStart":"2026-06-15","windowEnd":"2026-09-14",
                     "dueDate":"2026-09-16","level":"UNIT_TO_OFFICE"}
                    """.formatted(eventId, unit, period, unit, period));
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(get("/units/" + unit + "/notifications/unread-count").get("unread").asLong()).isEqualTo(2));
        String first = get("/units/" + unit + "/notifications").get(0).get("id").asString();

        assertThat(call("POST", "/units/" + unit + "/notifications/" + first + "/read", null).statusCode()).isEqualTo(204);

        assertThat(get("/units/" + unit + "/notifications/unread-count").get("unread").asLong()).isEqualTo(1);
        assertThat(call("POST", "/units/OTHER.UNIT/notifications/" + first + "/read", null).statusCode()).isEqualTo(404);
        assertThat(call("POST", "/units/" + unit + "/notifications/read", null).body()).isEqualTo("{\"marked\":1}");
        assertThat(get("/units/" + unit + "/notifications/unread-count").get("unread").asLong()).isZero();
        assertThat(get("/deliveries?unit=" + unit + "&status=UNDELIVERABLE")).hasSize(2);
    }
}
