package vn.dondoc.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dondoc.eventing.testing.RawHttp;
import vn.dondoc.eventing.testing.TestTokens;

/**
 * A unit report over its limits is refused with a Vietnamese problem detail and nothing is stored: a
 * narrative over 20,000 characters (400), a body over 1 MB (413, connection intact), YAML (415).
 */
class InputLimitsTest extends ReportingHttpTest {

    static final String UNIT = "SKHCN.VP";

    @Test
    void aNarrativeOverTwentyThousandCharactersIsA400NamingTheField() throws Exception {
        RawHttp.Answer answer = submit("application/json",
                "{\"period\": \"2026-Q3\", \"results\": \"Đã rà soát\", \"proposals\": \"" + "đ".repeat(20_001) + "\"}");

        assertThat(answer.status()).isEqualTo(400);
        JsonNode error = JSON.readTree(answer.body()).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("proposals");
        assertThat(error.get("message").asString()).isEqualTo("Đề xuất, kiến nghị dài quá 20000 ký tự");
        assertThat(get("/units/" + UNIT + "/reports/2026-Q3").statusCode()).isEqualTo(404);
    }

    @Test
    void aReportOfTwoMegabytesIsA413AndTheConnectionIsNotDropped() throws Exception {
        RawHttp.Answer answer = submit("application/json",
                "{\"period\": \"2026-Q3\", \"results\": \"" + "x".repeat(2_100_000) + "\"}");

        assertThat(answer.status()).isEqualTo(413);
        assertThat(JSON.readTree(answer.body()).get("detail").asString()).isEqualTo("Nội dung gửi lên quá lớn: tối đa 1 MB");
        assertThat(get("/units/" + UNIT + "/reports/2026-Q3").statusCode()).isEqualTo(404);
    }

    @Test
    void aReportInYamlIsA415InVietnamese() throws Exception {
        RawHttp.Answer answer = submit("application/yaml", "period: 2026-Q3\nresults: Đã rà soát\n");

        assertThat(answer.status()).isEqualTo(415);
        assertThat(JSON.readTree(answer.body()).get("title").asString()).isEqualTo("Kiểu nội dung không được hỗ trợ");
        assertThat(get("/units/" + UNIT + "/reports/2026-Q3").statusCode()).isEqualTo(404);
    }

    private RawHttp.Answer submit(String type, String body) throws Exception {
        return RawHttp.send(port, "POST", "/units/" + UNIT + "/reports", type, TestTokens.unit(UNIT),
                body.getBytes(StandardCharsets.UTF_8));
    }
}
