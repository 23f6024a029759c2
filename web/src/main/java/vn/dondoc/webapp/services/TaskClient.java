package vn.dondoc.webapp.services;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.web.client.RestClient;

/** task-service: assignments, what units and the office do to them, the "needs assignment" list. */
public class TaskClient extends ServiceClient {

    TaskClient(RestClient http, String service) {
        super(http, service);
    }

    /** A unit's open work, earliest deadline first. */
    public List<Assignment> openWorkOf(String unit) {
        return list(call(() -> http.get().uri("/units/{unit}/assignments?open=true", unit).retrieve()
                .body(Assignment[].class)));
    }

    public Assignment one(String id) {
        return call(() -> http.get().uri("/assignments/{id}", id).retrieve().body(Assignment.class));
    }

    public List<Assignment> ofPlan(String planId) {
        return list(call(() -> http.get().uri("/plans/{plan}/assignments", planId).retrieve().body(Assignment[].class)));
    }

    /** The department's assignments in a progress status (e.g. SUBMITTED), or all when status is null. */
    public List<Assignment> withStatus(String status) {
        return list(call(() -> http.get().uri(builder -> {
            builder.path("/assignments");
            if (status != null) {
                builder.queryParam("status", status);
            }
            return builder.build();
        }).retrieve().body(Assignment[].class)));
    }

    /** Overdue work for a day, most days overdue first. */
    public List<Assignment> overdue(LocalDate asOf) {
        return list(call(() -> http.get().uri("/overdue?asOf={day}", asOf).retrieve().body(Assignment[].class)));
    }

    /** Open work of the department (the dashboard's "due within 3 days" reads it), status for a day. */
    public List<Assignment> all(LocalDate asOf) {
        return list(call(() -> http.get().uri("/assignments?asOf={day}", asOf).retrieve().body(Assignment[].class)));
    }

    public List<NeedsAssignment> needingAssignment() {
        return list(call(() -> http.get().uri("/needs-assignment").retrieve().body(NeedsAssignment[].class)));
    }

    /**
     * One action on an assignment ({@code acknowledge}, {@code refuse}, {@code progress}, {@code result},
     * {@code result/review}, {@code extension-request}, {@code extension-request/decision}, {@code notes},
     * {@code reminders}); the key makes a repeated submission (double click) count once.
     */
    public Assignment act(String id, String action, Map<String, Object> body, String idempotencyKey) {
        return call(() -> {
            RestClient.RequestBodySpec request = http.post().uri("/assignments/{id}/" + action, id);
            if (idempotencyKey != null && !idempotencyKey.isBlank()) {
                request.header("Idempotency-Key", idempotencyKey);
            }
            if (body != null) {
                request.body(body);
            }
            return request.retrieve().body(Assignment.class);
        });
    }

    public void designate(String planId, String taskId, List<String> leadUnits, List<String> coordinatorUnits) {
        run(() -> http.post().uri("/plans/{plan}/tasks/{task}/designation", planId, taskId)
                .body(Map.of("leadUnits", leadUnits, "coordinatorUnits", coordinatorUnits)).retrieve().toBodilessEntity());
    }

    private static <T> List<T> list(T[] items) {
        return items == null ? List.of() : Arrays.asList(items);
    }
}
