package vn.dondoc.webapp.services;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where the four services answer ({@code dondoc.web.services.*}). */
@ConfigurationProperties("dondoc.web.services")
public record ServiceAddresses(
        @DefaultValue("http://localhost:8081") URI plan,
        @DefaultValue("http://localhost:8082") URI task,
        @DefaultValue("http://localhost:8083") URI reporting,
        @DefaultValue("http://localhost:8084") URI notification) {
}
