package vn.dondoc.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plans for the benchmark: a 20-unit department, every task with one lead and one coordinator,
 * so a plan of {@code tasks} tasks makes {@code 2 × tasks} assignments.
 */
public final class BenchmarkPlans {

    public static final int UNITS = 20;
    public static final int ASSIGNMENTS_PER_TASK = 2;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String plansUrl;
    private final String department;
    private final String token;

    public BenchmarkPlans(String plansUrl, String department, String token) {
        this.token = token;
        this.plansUrl = plansUrl;
        this.department = department;
    }

    public static String unit(String department, int index) {
        return department + ".U" + String.format("%02d", index % UNITS);
    }

    /** Registers plan number {@code n} and returns its id. */
    public String issue(int n, int tasks) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(plansUrl))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(json(n, tasks), StandardCharsets.UTF_8))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 201) {
            throw new IllegalStateException("plan " + n + ": " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body()).get("id").asString();
    }

    private String json(int n, int tasks) {
        StringJoiner rows = new StringJoiner(",");
        for (int task = 0; task < tasks; task++) {
            rows.add("""
                    {"number":"%d","content":"Nhiệm vụ %d: rà soát, đánh giá thủ tục hành chính thuộc phạm vi quản lý",\
                    "leadUnits":["%s"],"coordinatorUnits":["%s"],"dueDate":"2026-12-%02d"}"""
                    .formatted(task + 1, task + 1, unit(department, task + n),
                            unit(department, task + n + 7), 1 + task % 28));
        }
        return """
                {"number":"%d/KH-%s","title":"Kế hoạch thử tải số %d năm 2026","departmentCode":"%s",\
                "issuedOn":"2026-11-20","tasks":[%s]}""".formatted(n + 1, department, n, department, rows);
    }
}
