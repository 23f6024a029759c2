package vn.dondoc.reporting;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.dondoc.eventing.testing.ApiDescription;
import vn.dondoc.eventing.testing.ApiDescriptionChecks;

/**
 * reporting-service's OpenAPI description ({@code docs/openapi/reporting-service.json}, see {@link ApiDescription}):
 * regenerate with {@code -Dopenapi.write=true}.
 */
class ReportingApiDescriptionTest extends ReportingHttpTest implements ApiDescriptionChecks {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Override
    public ApiDescription description() {
        return new ApiDescription("reporting-service", "http://127.0.0.1:" + port);
    }

    @Override
    public RequestMappingHandlerMapping mappings() {
        return mappings;
    }
}
