package vn.dondoc.notification.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntSupplier;

/** A real HTTP receiver on 127.0.0.1 and a random port; each path answers with the status its supplier gives. */
public final class Receiver implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(16);
    public final List<Request> requests = new CopyOnWriteArrayList<>();

    public Receiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.start();
    }

    /** Registers {@code path}; {@code status} decides each answer (called once per request). */
    public String answer(String path, IntSupplier status) {
        server.createContext(path, exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int code = status.getAsInt();
            requests.add(new Request(path, exchange.getRequestHeaders().getFirst("X-DonDoc-Timestamp"),
                    exchange.getRequestHeaders().getFirst("X-DonDoc-Signature"),
                    exchange.getRequestHeaders().getFirst("Content-Type"), body, code, Instant.now()));
            exchange.sendResponseHeaders(code, -1);
            exchange.close();
        });
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public List<Request> to(String path) {
        return requests.stream().filter(request -> request.path().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    /** One request as received; {@code at}: when it arrived. */
    public record Request(String path, String timestamp, String signature, String contentType, String body,
            int status, Instant at) {
    }
}
