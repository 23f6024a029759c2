package vn.dondoc.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fault suite's switch ({@code ./run-faults.sh}): on 127.0.0.1 and only when
 * {@code DONDOC_FAULT_PORT} is set, {@code POST /broker/stop}, {@code /broker/start},
 * {@code /store/stop}, {@code /store/start}, {@code /smtp/stop} and {@code /smtp/start} stop and
 * start the embedded broker, store and mail server of the running system (on the same data and
 * ports), so an outage can be made on request while the services keep running.
 */
final class FaultSwitch implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FaultSwitch.class);

    /** An action of a component that may fail. */
    interface Action {
        void run() throws Exception;
    }

    /** Something the switch can stop and start again. */
    record Component(Action start, Action stop) {
    }

    private final HttpServer server;
    private final Map<String, Component> components;

    private FaultSwitch(HttpServer server, Map<String, Component> components) {
        this.server = server;
        this.components = components;
    }

    /** Starts the switch on 127.0.0.1:port over the given components (by name: broker, store, smtp). */
    static FaultSwitch start(int port, Map<String, Component> components) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        FaultSwitch faults = new FaultSwitch(server, new LinkedHashMap<>(components));
        server.createContext("/", faults::handle);
        server.start();
        log.warn("Fault switch on 127.0.0.1:{} can stop and start {} (DONDOC_FAULT_PORT is set: for the fault suite only)",
                port, components.keySet());
        return faults;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String[] path = exchange.getRequestURI().getPath().split("/");
        Component component = path.length == 3 ? components.get(path[1]) : null;
        String action = path.length == 3 ? path[2] : "";
        int status;
        String answer;
        if (!"POST".equals(exchange.getRequestMethod()) || component == null
                || !(action.equals("stop") || action.equals("start"))) {
            status = 404;
            answer = "POST /{" + String.join("|", components.keySet()) + "}/{stop|start}";
        } else {
            try {
                if (action.equals("stop")) {
                    component.stop().run();
                } else {
                    component.start().run();
                }
                log.warn("Fault switch: {} {}", path[1], action.equals("stop") ? "stopped" : "started");
                status = 200;
                answer = path[1] + " " + action;
            } catch (Exception e) {
                status = 500;
                answer = e.toString();
            }
        }
        byte[] body = answer.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
