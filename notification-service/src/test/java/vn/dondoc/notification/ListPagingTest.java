package vn.dondoc.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import tools.jackson.databind.JsonNode;
import vn.dondoc.eventing.testing.TestTokens;
import vn.dondoc.notification.contact.Channel;
import vn.dondoc.notification.contact.UnitContact;
import vn.dondoc.notification.delivery.Delivery;
import vn.dondoc.notification.delivery.DeliveryStatus;
import vn.dondoc.notification.inbox.Notification;
import vn.dondoc.notification.inbox.NotificationKind;
import vn.dondoc.security.Caller;

/**
 * Every list of notification-service comes a page at a time (size 1–500, 100 by default) with the
 * total in {@code X-Total-Count}; the unit or department is in the store's query, so another
 * department's items are neither on the page nor counted.
 */
class ListPagingTest extends NotificationServiceTest {

    private static final Instant START = Instant.parse("2026-11-01T01:00:00Z");

    @Autowired
    MongoOperations mongo;

    private final String department = unique("LP");
    private final String neighbour = unique("LQ");

    @Test
    void aUnitsInboxComesAHundredAtATimeNewestFirstWithTheTotal() {
        String unit = department + ".VP";
        for (int i = 0; i < 130; i++) {
            mongo.insert(new Notification("n" + i + ":" + unit, unit, NotificationKind.TASK_ASSIGNED, "Tin " + i,
                    "Nội dung", "e" + i, START.plusSeconds(i), false));
        }
        mongo.insert(new Notification("n0:" + neighbour + ".VP", neighbour + ".VP", NotificationKind.TASK_ASSIGNED,
                "Tin khác", "Nội dung", "e0", START, false));

        HttpResponse<String> first = call("GET", "/units/" + unit + "/notifications", null);
        HttpResponse<String> second = call("GET", "/units/" + unit + "/notifications?page=1", null);

        assertThat(first.headers().firstValue("X-Total-Count")).hasValue("130");
        List<String> titles = new ArrayList<>(titles(first));
        assertThat(titles).hasSize(100).startsWith("Tin 129", "Tin 128");
        assertThat(titles(second)).hasSize(30).endsWith("Tin 0");
        titles.addAll(titles(second));
        assertThat(titles).doesNotHaveDuplicates().hasSize(130);
        assertThat(get("/units/" + unit + "/notifications/unread-count").get("unread").asLong()).isEqualTo(130);
    }

    @Test
    void deliveriesArePagedWithinTheCallersDepartmentAndFilteredInTheQuery() {
        for (int i = 0; i < 12; i++) {
            DeliveryStatus status = i < 3 ? DeliveryStatus.FAILED : DeliveryStatus.SENT;
            delivery(department + (i % 2 == 0 ? ".VP" : ".CDS"), i, status);
        }
        delivery(neighbour + ".VP", 99, DeliveryStatus.FAILED);
        String office = TestTokens.office(department);

        HttpResponse<String> page = call("GET", "/deliveries?size=5&page=2", null, office);
        HttpResponse<String> failed = call("GET", "/deliveries?status=FAILED", null, office);
        HttpResponse<String> ofUnit = call("GET", "/deliveries?unit=" + department + ".VP&size=2", null, office);

        assertThat(page.headers().firstValue("X-Total-Count")).hasValue("12");
        assertThat(ids(page)).containsExactly("d1:" + department, "d0:" + department);
        assertThat(ids(failed)).containsExactly("d2:" + department, "d1:" + department, "d0:" + department);
        assertThat(failed.headers().firstValue("X-Total-Count")).hasValue("3");
        assertThat(ids(ofUnit)).containsExactly("d10:" + department, "d8:" + department);
        assertThat(ofUnit.headers().firstValue("X-Total-Count")).hasValue("6");
    }

    @Test
    void contactsArePagedByUnitCodeWithinTheCallersDepartment() {
        for (String unit : List.of("VP", "CDS", "QLKH")) {
            mongo.insert(new UnitContact(department + "." + unit, List.of("a@example.vn"), List.of(), null,
                    java.util.Set.of(Channel.EMAIL), null, false));
        }
        mongo.insert(new UnitContact(neighbour + ".VP", List.of("b@example.vn"), List.of(), null,
                java.util.Set.of(Channel.EMAIL), null, false));

        HttpResponse<String> page = call("GET", "/contacts?size=2", null, TestTokens.leadership(department));
        HttpResponse<String> next = call("GET", "/contacts?size=2&page=1", null, TestTokens.leadership(department));

        assertThat(units(page)).containsExactly(department + ".CDS", department + ".QLKH");
        assertThat(page.headers().firstValue("X-Total-Count")).hasValue("3");
        assertThat(units(next)).containsExactly(department + ".VP");
        assertThat(units(call("GET", "/contacts", null, TestTokens.office(neighbour))))
                .containsExactly(neighbour + ".VP");
    }

    @Test
    void aPageLargerThanFiveHundredIsA400NamingSize() {
        for (String path : List.of("/deliveries?size=501", "/contacts?size=501",
                "/units/SKHCN.VP/notifications?size=501", "/deliveries?page=-1")) {
            HttpResponse<String> refused = call("GET", path, null, TestTokens.office());

            assertThat(refused.statusCode()).as(path).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            JsonNode problem = JSON.readTree(refused.body());
            assertThat(problem.get("title").asString()).isEqualTo("Trang danh sách không hợp lệ");
            assertThat(problem.get("errors").get(0).get("field").asString()).as(path)
                    .isEqualTo(path.contains("page=-1") ? "page" : "size");
        }
    }

    private void delivery(String unit, int i, DeliveryStatus status) {
        mongo.insert(new Delivery("d" + i + ":" + Caller.departmentOf(unit), Channel.EMAIL, unit,
                NotificationKind.TASK_ASSIGNED, List.of("a@example.vn"), List.of("e" + i), status, 1, null, null,
                START.plusSeconds(i), START.plusSeconds(i), null, null, 0, null));
    }

    private static List<String> titles(HttpResponse<String> response) {
        return field(response, "title");
    }

    private static List<String> ids(HttpResponse<String> response) {
        return field(response, "id");
    }

    private static List<String> units(HttpResponse<String> response) {
        return field(response, "unitCode");
    }

    private static List<String> field(HttpResponse<String> response, String name) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).valueStream().map(item -> item.get(name).asString()).toList();
    }
}
