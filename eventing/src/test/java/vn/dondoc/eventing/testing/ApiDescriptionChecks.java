package vn.dondoc.eventing.testing;

import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The three checks of a service's OpenAPI description ({@link ApiDescription}), for the service's
 * test class to implement: it gives the running service's description and its request mappings.
 */
public interface ApiDescriptionChecks {

    /** The description the running service serves. */
    ApiDescription description();

    /** The service's request mappings (Spring MVC's {@code requestMappingHandlerMapping}). */
    RequestMappingHandlerMapping mappings();

    @Test
    default void checkedInDescriptionIsWhatTheServiceServes() {
        description().matchesCheckedInFile(getClass());
    }

    @Test
    default void describesEveryEndpoint() {
        description().describesEveryEndpoint(mappings().getHandlerMethods().keySet());
    }

    @Test
    default void servesSwaggerUiFromTheWebjarWithoutAToken() {
        description().servesSwaggerUiFromTheWebjarOnly();
    }
}
