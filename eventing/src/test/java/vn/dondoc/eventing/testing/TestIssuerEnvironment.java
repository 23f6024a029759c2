package vn.dondoc.eventing.testing;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;

/**
 * Gives every application context of a test JVM the property {@value #PROPERTY}: the
 * {@link TestIssuer}'s URI, started when a context first reads it (registered in the test-jar's
 * {@code META-INF/spring.factories}). Lowest precedence: a context given another issuer keeps it.
 */
public final class TestIssuerEnvironment implements EnvironmentPostProcessor {

    /** The property the services' test configuration names as their issuer. */
    public static final String PROPERTY = "dondoc.test-issuer.uri";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new PropertySource<>("dondoc-test-issuer", PROPERTY) {
            @Override
            public Object getProperty(String name) {
                return PROPERTY.equals(name) ? TestIssuer.uri() : null;
            }
        });
    }
}
