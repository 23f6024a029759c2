package vn.dondoc.reporting;

import java.net.URI;
import org.junit.jupiter.api.Test;
import vn.dondoc.eventing.testing.ForeignTokens;

/** reporting-service accepts only tokens of its issuer, for the audience dondoc, signed with RS256. */
class ForeignTokensTest extends ReportingHttpTest {

    @Test
    void refusesTokensForAnotherAudienceFromAnotherIssuerOrSignedWithHs256() throws Exception {
        ForeignTokens.assertRefusedAt(URI.create("http://localhost:" + port + "/units/counts"));
    }
}
