package vn.dondoc.notification.unitnames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.dondoc.eventing.testing.TopicRecords.header;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dondoc.contracts.EventTypes;
import vn.dondoc.contracts.Topics;
import vn.dondoc.notification.NotificationServiceTest;
import vn.dondoc.unitnames.UnitNames;

/** {@code unit-directory-changed} names the unit; an entry without a name is dead-lettered, never stored. */
class UnitNamesTest extends NotificationServiceTest {

    @Autowired
    UnitNames names;

    @Test
    void namesAUnitAndDeadLettersAnEntryWithoutAName() {
        String department = unique("U");
        String named = department + ".CDS";
        String nameless = department + ".VP";
        String eventId = UUID.randomUUID().toString();

        unitNamed(named, "Phòng Chuyển đổi số");
        topics().sendCloudEvent(Topics.UNIT_DIRECTORY_CHANGED, department + ":" + nameless, eventId,
                EventTypes.UNIT_DIRECTORY_CHANGED, """
                {"eventId":"%s","occurredAt":"2026-01-01T00:00:00Z","unitId":"%s:%s","unitCode":"%s",
                 "departmentCode":"%s","kind":"OFFICE"}""".formatted(eventId, department, nameless, nameless,
                        department));

        await().atMost(Duration.ofSeconds(30)).until(() -> names.unit(named).equals("Phòng Chuyển đổi số"));
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() ->
                assertThat(topics().all("error.unit-directory-changed.notification-service", Duration.ofMillis(300)))
                        .anySatisfy(record -> assertThat(header(record, "ce_id")).isEqualTo(eventId)));
        assertThat(names.unit(nameless)).isEqualTo(nameless);
        assertThat(names.units(java.util.List.of(named, nameless))).isEqualTo("Phòng Chuyển đổi số, " + nameless);
    }
}
