package vn.dondoc.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.IntFunction;
import org.HdrHistogram.Histogram;

/** Times one kind of GET over many requests, after a warm-up, in microseconds. */
final class QueryProbe {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String token;

    /** @param token a bearer token allowed to read what is probed (the office's) */
    QueryProbe(String token) {
        this.token = token;
    }

    Histogram time(IntFunction<String> urlOfRequest, int warmUp, int requests) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            get(urlOfRequest.apply(i));
        }
        Histogram micros = new Histogram(60_000_000, 3);
        for (int i = 0; i < requests; i++) {
            long begin = System.nanoTime();
            get(urlOfRequest.apply(i));
            micros.recordValue((System.nanoTime() - begin) / 1_000);
        }
        return micros;
    }

    private void get(String url) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url)).GET()
                        .header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
    }
}
