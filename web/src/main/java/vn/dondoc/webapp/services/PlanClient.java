package vn.dondoc.webapp.services;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** plan-service: plans, drafts of imported documents, the unit directory. */
public class PlanClient extends ServiceClient {

    private static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    PlanClient(RestClient http, String service) {
        super(http, service);
    }

    /** The department's units by code (a directory is bounded by nature: read page by page). */
    public List<Unit> unitsOf(String department) {
        return all(uri -> uri.pathSegment("departments", department, "units"), Unit[].class, 10);
    }

    /** Adds or replaces one unit of the department's directory ({@code PUT /departments/{d}/units/{code}}). */
    public Unit putUnit(String department, String code, Map<String, Object> unit) {
        return call(() -> http.put().uri("/departments/{d}/units/{code}", department, code).body(unit).retrieve()
                .body(Unit.class));
    }

    /** Loads a roster file (YAML, or JSON) into the department's directory; answers the units it holds. */
    public List<Unit> loadRoster(String department, String file, boolean json) {
        Unit[] units = call(() -> http.put().uri("/departments/{d}/units", department)
                .contentType(json ? MediaType.APPLICATION_JSON
                        : new MediaType("application", "yaml", java.nio.charset.StandardCharsets.UTF_8))
                .body(file).retrieve().body(Unit[].class));
        return units == null ? List.of() : Arrays.asList(units);
    }

    /**
     * A page of the department's plans, newest first; {@code year}, {@code status} and {@code q} (number
     * or title, with or without diacritics) narrow them in plan-service when not null or blank.
     */
    public ListSlice<Plan> plansOf(String department, Integer year, String status, String q, int page, int size) {
        return page(uri -> {
            uri.path("/plans").queryParam("department", department);
            if (year != null) {
                uri.queryParam("year", year);
            }
            if (status != null && !status.isBlank()) {
                uri.queryParam("status", status);
            }
            if (q != null && !q.isBlank()) {
                uri.queryParam("q", q.strip());
            }
            return uri;
        }, Plan[].class, page, size);
    }

    public Plan plan(String id) {
        return call(() -> http.get().uri("/plans/{id}", id).retrieve().body(Plan.class));
    }

    public Plan withdraw(String id, String reason) {
        return call(() -> http.post().uri("/plans/{id}/withdrawal", id).body(Map.of("reason", reason)).retrieve()
                .body(Plan.class));
    }

    /** Imports a document (.docx, or UTF-8 text) into a draft. */
    public Draft importDocument(String department, byte[] content, boolean docx) {
        return call(() -> http.post().uri("/plan-drafts?department={d}", department)
                .contentType(docx ? DOCX : new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
                .body(content).retrieve().body(Draft.class));
    }

    /** A page of the caller's department's drafts not issued yet, newest first. */
    public ListSlice<Draft> openDrafts(int page, int size) {
        return page(uri -> uri.path("/plan-drafts"), Draft[].class, page, size);
    }

    public Draft draft(String id) {
        return call(() -> http.get().uri("/plan-drafts/{id}", id).retrieve().body(Draft.class));
    }

    public Draft correctTask(String draftId, String taskId, List<String> leadUnits, List<String> coordinatorUnits) {
        return call(() -> http.put().uri("/plan-drafts/{id}/tasks/{task}", draftId, taskId)
                .body(Map.of("leadUnits", leadUnits, "coordinatorUnits", coordinatorUnits)).retrieve()
                .body(Draft.class));
    }

    /** Sets a task's timeframe: kind, due date (a deadline), periods (recurring), the text as written. */
    public Draft correctTimeframe(String draftId, String taskId, Map<String, Object> timeframe) {
        return call(() -> http.put().uri("/plan-drafts/{id}/tasks/{task}", draftId, taskId).body(timeframe).retrieve()
                .body(Draft.class));
    }

    /** Corrects the draft's header; fields left out keep the imported value. */
    public Draft correctHeader(String draftId, Map<String, Object> header) {
        return call(() -> http.put().uri("/plan-drafts/{id}/header", draftId).body(header).retrieve().body(Draft.class));
    }

    /** A new version of an issued plan: {@code {reason, title?, tasks[{number, content, leadUnits, coordinatorUnits, dueDate}]}}. */
    public Plan amend(String planId, Map<String, Object> amendment) {
        return call(() -> http.post().uri("/plans/{id}/amendments", planId).body(amendment).retrieve().body(Plan.class));
    }

    /** Issues the draft as a plan; number and date only when the document lacked them. */
    public Plan issue(String draftId, String number, LocalDate issuedOn) {
        Map<String, Object> body = new HashMap<>();
        if (number != null && !number.isBlank()) {
            body.put("number", number.strip());
        }
        if (issuedOn != null) {
            body.put("issuedOn", issuedOn);
        }
        return call(() -> http.post().uri("/plan-drafts/{id}/issue", draftId).body(body).retrieve().body(Plan.class));
    }
}
