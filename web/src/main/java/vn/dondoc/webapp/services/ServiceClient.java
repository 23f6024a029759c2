package vn.dondoc.webapp.services;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;

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

    /**
     * One page of a list endpoint: {@code uri} builds the path and filters, this adds {@code page} and
     * {@code size} and reads the total from {@code X-Total-Count}.
     */
    protected <T> ListSlice<T> page(Function<UriBuilder, UriBuilder> uri, Class<T[]> type, int page, int size) {
        int bounded = Math.max(1, Math.min(size, ListSlice.MAX_SIZE));
        int from = Math.max(0, page);
        ResponseEntity<T[]> response = call(() -> http.get()
                .uri(builder -> uri.apply(builder).queryParam("page", from).queryParam("size", bounded).build())
                .retrieve().toEntity(type));
        List<T> items = response.getBody() == null ? List.of() : Arrays.asList(response.getBody());
        String total = response.getHeaders().getFirst("X-Total-Count");
        return new ListSlice<>(items, from, bounded,
                total == null ? (long) from * bounded + items.size() : Long.parseLong(total));
    }

    /**
     * Every item of a list that is bounded by nature (a department's units, a plan's assignments),
     * read page by page; at most {@code maxPages} pages of {@value ListSlice#MAX_SIZE}.
     */
    protected <T> List<T> all(Function<UriBuilder, UriBuilder> uri, Class<T[]> type, int maxPages) {
        List<T> items = new ArrayList<>();
        for (int page = 0; page < maxPages; page++) {
            ListSlice<T> slice = page(uri, type, page, ListSlice.MAX_SIZE);
            items.addAll(slice.items());
            if (!slice.hasNext()) {
                break;
            }
        }
        return items;
    }

    protected void run(Runnable request) {
        call(() -> {
            request.run();
            return null;
        });
    }
}
