package vn.dondoc.reporting;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.dondoc.eventing.testing.ApiDescription;

/**
 * reporting-service's OpenAPI description ({@code docs/openapi/reporting-service.json}, see {@link ApiDescription}):
 * regenerate with {@code -Dopenapi.write=true}.
 */
class ReportingApiDescriptionTest extends ReportingHttpTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    ApiDescription description() {
        return new ApiDescription("reporting-service", "http://127.0.0.1:" + port);
    }

    @Test
    void checkedInDescriptionIsWhatTheServiceServes() {
        description().matchesCheckedInFile(getClass());
    }

    @Test
    void describesEveryEndpoint() {
        description().describesEveryEndpoint(mappings.getHandlerMethods().keySet());
    }

    @Test
    void servesSwaggerUiFromTheWebjarWithoutAToken() {
        description().servesSwaggerUiFromTheWebjarOnly();
    }
}
