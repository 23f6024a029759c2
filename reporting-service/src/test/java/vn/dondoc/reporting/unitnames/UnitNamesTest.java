package vn.dondoc.reporting.unitnames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.dondoc.eventing.testing.TopicRecords.header;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dondoc.contracts.EventTypes;
import vn.dondoc.contracts.Topics;
import vn.dondoc.reporting.ReportingHttpTest;
import vn.dondoc.unitnames.UnitNames;

/**
 * {@code unit-directory-changed} keeps the newest name of each directory entry: a later event
 * renames, an older or repeated one changes nothing, an unreadable one is dead-lettered.
 */
class UnitNamesTest extends ReportingHttpTest {

    private final String department = "N" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    @Autowired
    UnitNames names;

    @Test
    void keepsTheNewestNameOfEachEntryWhateverOrderTheEventsArriveIn() {
        String unit = department + ".CDS";
        assertThat(names.unit(unit)).isEqualTo(unit);

        send(unit, department, "Phòng Chuyển đổi số", "DIVISION", "2026-03-01T02:00:00Z");
        await().atMost(Duration.ofSeconds(30)).until(() -> names.unit(unit).equals("Phòng Chuyển đổi số"));
        send(unit, department, "Phòng Chuyển đổi số và Dữ liệu", "DIVISION", "2026-05-01T02:00:00Z");
        send(unit, department, "Phòng Tin học", "DIVISION", "2025-01-01T02:00:00Z");
        send(department + ".VP", "UBND", "Sở Thử nghiệm", "DEPARTMENT", "2026-01-01T02:00:00Z");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(names.unit(unit)).isEqualTo("Phòng Chuyển đổi số và Dữ liệu");
            assertThat(names.department(department)).contains("Sở Thử nghiệm");
        });
    }

    @Test
    void anEntryWithoutANameGoesToTheDeadLetterTopic() {
        String eventId = UUID.randomUUID().toString();
        topics().sendCloudEvent(Topics.UNIT_DIRECTORY_CHANGED, department + ":" + department + ".VP", eventId,
                EventTypes.UNIT_DIRECTORY_CHANGED, """
                {"eventId":"%s","occurredAt":"2026-01-01T00:00:00Z","unitId":"%s:%s.VP","unitCode":"%s.VP",
                 "departmentCode":"%s","kind":"OFFICE"}""".formatted(eventId, department, department, department,
                        department));

        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() ->
                assertThat(topics().all("error.unit-directory-changed.reporting-service", Duration.ofMillis(300)))
                        .anySatisfy(record -> assertThat(header(record, "ce_id")).isEqualTo(eventId)));
        assertThat(names.unit(department + ".VP")).isEqualTo(department + ".VP");
    }

    private void send(String unitCode, String directory, String name, String kind, String at) {
        sendUnitDirectoryChanged(unitCode, directory, name, kind, at);
    }
}
