package vn.dondoc.webapp.services;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.web.client.RestClient;

/** task-service: assignments, what units and the office do to them, the "needs assignment" list. */
public class TaskClient extends ServiceClient {

    TaskClient(RestClient http, String service) {
        super(http, service);
    }

    /** How many items a page of the web shows of a long list. */
    public static final int PAGE_SIZE = 50;

    /** A plan's assignments are bounded by its tasks and units: read whole, at most this many pages of 500. */
    private static final int PLAN_PAGES = 20;

    /** One page of a unit's open work, earliest deadline first. */
    public ListSlice<Assignment> openWorkOf(String unit, int page) {
        return page(builder -> builder.pathSegment("units", unit, "assignments").queryParam("open", true),
                Assignment[].class, page, PAGE_SIZE);
    }

    public Assignment one(String id) {
        return call(() -> http.get().uri("/assignments/{id}", id).retrieve().body(Assignment.class));
    }

    /** Every assignment of a plan the user may see (page by page). */
    public List<Assignment> ofPlan(String planId) {
        return all(builder -> builder.pathSegment("plans", planId, "assignments"), Assignment[].class, PLAN_PAGES);
    }

    /** One page of the results waiting for acceptance, of the plans of {@code planDepartment}. */
    public ListSlice<Assignment> submitted(String planDepartment, int page) {
        return page(builder -> builder.path("/assignments").queryParam("status", "SUBMITTED")
                .queryParam("planDepartment", planDepartment), Assignment[].class, page, PAGE_SIZE);
    }

    /** One page of the extension requests waiting for a decision, of the plans of {@code planDepartment}. */
    public ListSlice<Assignment> extensionRequests(String planDepartment, int page) {
        return page(builder -> builder.path("/assignments").queryParam("extensionPending", true)
                .queryParam("planDepartment", planDepartment), Assignment[].class, page, PAGE_SIZE);
    }

    /** One page of the overdue work on a day, most days overdue first. */
    public ListSlice<Assignment> overdue(LocalDate asOf, int page) {
        return page(builder -> builder.path("/overdue").queryParam("asOf", asOf), Assignment[].class, page,
                PAGE_SIZE);
    }

    /** One page of the work due from {@code asOf} to {@code days} days later, earliest first. */
    public ListSlice<Assignment> dueSoon(LocalDate asOf, int days, int page) {
        return page(builder -> builder.path("/due-soon").queryParam("asOf", asOf).queryParam("days", days),
                Assignment[].class, page, PAGE_SIZE);
    }

    /** One page of the tasks whose units the office must designate. */
    public ListSlice<NeedsAssignment> needingAssignment(int page) {
        return page(builder -> builder.path("/needs-assignment"), NeedsAssignment[].class, page, PAGE_SIZE);
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
}
