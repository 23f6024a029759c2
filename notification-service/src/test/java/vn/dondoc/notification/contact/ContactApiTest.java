package vn.dondoc.notification.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dondoc.notification.NotificationServiceTest;

class ContactApiTest extends NotificationServiceTest {

    @Test
    void savesAUnitsContactAndNeverShowsItsWebhookSecret() {
        String unit = unique("C") + ".VP";

        HttpResponse<String> saved = call("PUT", "/units/" + unit + "/contact", """
                {"emails": ["van.phong@skhcn.thainguyen.gov.vn"],
                 "webhooks": [{"url": "https://hooks.ubnd.example.vn/dondoc", "secret": "0123456789abcdef-secret"}],
                 "kinds": ["TASK_ASSIGNED"], "channels": ["EMAIL", "WEBHOOK"], "cadence": "DAILY_DIGEST"}
                """);

        assertThat(saved.statusCode()).isEqualTo(200);
        JsonNode contact = get("/units/" + unit + "/contact");
        assertThat(contact.get("emails").get(0).asString()).isEqualTo("van.phong@skhcn.thainguyen.gov.vn");
        assertThat(contact.get("webhooks").get(0).asString()).isEqualTo("https://hooks.ubnd.example.vn/dondoc");
        assertThat(contact.get("cadence").asString()).isEqualTo("DAILY_DIGEST");
        assertThat(contact.toString()).doesNotContain("0123456789abcdef-secret");
    }

    @Test
    void refusesInvalidAddressesWithAVietnameseProblemDetailAndSavesNothing() {
        String unit = unique("C") + ".QLKH";

        HttpResponse<String> refused = call("PUT", "/units/" + unit + "/contact", """
                {"emails": ["ok@example.vn", "không-phải-email", "a@b"],
                 "webhooks": [{"url": "ftp://hooks.example.vn/x", "secret": "0123456789abcdef"},
                              {"url": "https://hooks.example.vn/y", "secret": "ngắn"}],
                 "channels": ["EMAIL", "WEBHOOK"]}
                """);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.get("title").asString()).isEqualTo("Thông tin liên hệ không hợp lệ");
        assertThat(problem.get("detail").asString()).isEqualTo("Thông tin liên hệ có 4 lỗi");
        assertThat(problem.get("errors").valueStream()
                .map(error -> tuple(error.get("field").asString(), error.get("message").asString())).toList())
                .containsExactly(
                        tuple("emails[1]", "Địa chỉ email không hợp lệ: không-phải-email"),
                        tuple("emails[2]", "Địa chỉ email không hợp lệ: a@b"),
                        tuple("webhooks[0].url", "Địa chỉ webhook phải bắt đầu bằng https:// hoặc http://"),
                        tuple("webhooks[1].secret", "Khóa bí mật phải có ít nhất 16 ký tự"));
        assertThat(call("GET", "/units/" + unit + "/contact", null).statusCode()).isEqualTo(404);
    }

    @Test
    void refusesAnUnknownChannelAsUnreadable() {
        HttpResponse<String> refused = call("PUT", "/units/" + unique("C") + ".CDS/contact",
                "{\"channels\": [\"SMS\"]}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).get("title").asString()).isEqualTo("Thông tin liên hệ không hợp lệ");
    }
}
