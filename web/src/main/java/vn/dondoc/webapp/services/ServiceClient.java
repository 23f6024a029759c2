package vn.dondoc.webapp.services;

import java.util.function.Supplier;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/** What every typed client shares: its RestClient and the rule that a service that does not answer is named. */
abstract class ServiceClient {

    protected final RestClient http;
    private final String service;

    ServiceClient(RestClient http, String service) {
        this.http = http;
        this.service = service;
    }

    protected <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (ResourceAccessException e) {
            throw new ServiceUnavailableException(service, e);
        }
    }

    protected void run(Runnable request) {
        call(() -> {
            request.run();
            return null;
        });
    }
}
