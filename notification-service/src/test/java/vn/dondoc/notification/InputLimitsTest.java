package vn.dondoc.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dondoc.eventing.testing.RawHttp;
import vn.dondoc.eventing.testing.TestTokens;
import vn.dondoc.security.Caller;

/**
 * A unit's contacts over their limits are refused with a Vietnamese problem detail and nothing is
 * saved: more than 20 addresses (400), a body over 1 MB (413, connection intact), YAML (415).
 */
class InputLimitsTest extends NotificationServiceTest {

    @Test
    void moreThanTwentyEmailAddressesIsA400AndNothingIsSaved() throws Exception {
        String unit = unique("L") + ".VP";
        String emails = String.join(",", Collections.nCopies(21, "\"van.phong@skhcn.thainguyen.gov.vn\""));

        RawHttp.Answer answer = put(unit, "application/json", "{\"emails\": [" + emails + "]}");

        assertThat(answer.status()).isEqualTo(400);
        JsonNode error = JSON.readTree(answer.body()).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("emails");
        assertThat(error.get("message").asString()).isEqualTo("Có quá 20 địa chỉ email");
        assertThat(call("GET", "/units/" + unit + "/contact", null).statusCode()).isEqualTo(404);
    }

    @Test
    void contactsOfTwoMegabytesAreA413AndTheConnectionIsNotDropped() throws Exception {
        String unit = unique("L") + ".QLKH";

        RawHttp.Answer answer = put(unit, "application/json", "{\"emails\": [\"" + "x".repeat(2_100_000) + "\"]}");

        assertThat(answer.status()).isEqualTo(413);
        assertThat(JSON.readTree(answer.body()).get("detail").asString()).isEqualTo("Nội dung gửi lên quá lớn: tối đa 1 MB");
        assertThat(call("GET", "/units/" + unit + "/contact", null).statusCode()).isEqualTo(404);
    }

    @Test
    void contactsInYamlAreA415InVietnamese() throws Exception {
        String unit = unique("L") + ".CDS";

        RawHttp.Answer answer = put(unit, "application/yaml", "emails: [van.phong@skhcn.thainguyen.gov.vn]\n");

        assertThat(answer.status()).isEqualTo(415);
        assertThat(JSON.readTree(answer.body()).get("title").asString()).isEqualTo("Kiểu nội dung không được hỗ trợ");
        assertThat(call("GET", "/units/" + unit + "/contact", null).statusCode()).isEqualTo(404);
    }

    private RawHttp.Answer put(String unit, String type, String body) throws Exception {
        return RawHttp.send(port, "PUT", "/units/" + unit + "/contact", type, TestTokens.office(Caller.departmentOf(unit)),
                body.getBytes(StandardCharsets.UTF_8));
    }
}
