package vn.dondoc.faults;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dondoc.bench.BenchmarkPlans;
import vn.dondoc.bench.BenchmarkStack;
import vn.dondoc.local.LocalSystem.Service;

/**
 * Bad input over every endpoint that takes a body, and bad parameters over the lists: broken and
 * non-object JSON, a field of the wrong type, huge strings, impossible dates, oversized bodies,
 * wrong content types, unknown and absurd ids, broken and oversized {@code .docx} files and a zip
 * bomb. Every request is certainly invalid; none may be answered 5xx or lose its connection, and
 * nothing may be stored or published.
 */
final class BadInputFuzz {

    static final int REQUESTS_PER_ENDPOINT = 110;
    /** How long after the preparation the fuzz waits before its first picture of the store. */
    static final Duration STARTUP_SETTLING = Duration.ofSeconds(90);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final Random random;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final List<String> serverErrors = new ArrayList<>();
    private final List<String> dropped = new ArrayList<>();
    /** Reads with bad parameters answered 200 (not a failure by itself: shown so a reader can judge). */
    private final List<String> readsAnswered = new ArrayList<>();
    /** Requests that got past validation (2xx, or 409 from a service's rules): a bad input taken for a good one. */
    private final List<String> accepted = new ArrayList<>();
    private int requests;

    BadInputFuzz(Random random) {
        this.random = random;
    }

    Outcome run() throws Exception {
        try (FaultStack stack = FaultStack.start("fuzz");
                StoreAndTopics pictures = new StoreAndTopics(stack.mongoUri(), stack.kafkaBootstrap())) {
            String office = stack.officeToken();
            String unit = stack.token(BenchmarkStack.UNIT_ACCOUNT, BenchmarkStack.BENCH_PASSWORD);
            Targets targets = Targets.prepare(stack, office, unit);
            // the plan's events are through the pipeline, and the services' first scheduled runs are over
            // (reporting-service freezes past periods' figures a minute after it starts)
            Thread.sleep(STARTUP_SETTLING.toMillis());
            Map<String, String> before = pictures.picture();
            Thread.sleep(10_000);
            Map<String, String> quiet = pictures.picture();
            Set<String> background = StoreAndTopics.changed(before, quiet, Set.of());

            List<Endpoint> endpoints = Endpoint.all(stack, targets, office, unit);
            for (Endpoint endpoint : endpoints) {
                for (int n = 0; n < REQUESTS_PER_ENDPOINT; n++) {
                    send(endpoint, Mutation.values()[random.nextInt(Mutation.values().length)]);
                }
            }
            for (String url : Endpoint.badQueries(stack, targets)) {
                sendRaw("GET", url, office, null, null, "bad parameters");
            }
            fuzzDocx(stack, office);
            Thread.sleep(10_000); // anything an accepted request set off has happened
            Set<String> changed = StoreAndTopics.changed(quiet, pictures.picture(), background);

            List<String> failures = new ArrayList<>();
            if (!serverErrors.isEmpty()) {
                failures.add(serverErrors.size() + " answered 5xx, e.g. " + serverErrors.subList(0, Math.min(5, serverErrors.size())));
            }
            if (!dropped.isEmpty()) {
                failures.add(dropped.size() + " connections dropped, e.g. " + dropped.subList(0, Math.min(5, dropped.size())));
            }
            if (!accepted.isEmpty()) {
                failures.add(accepted.size() + " bad requests got past validation: " + accepted.subList(0, Math.min(10, accepted.size())));
            }
            if (!changed.isEmpty()) {
                failures.add("stored or published: " + changed);
            }
            List<String> details = List.of(
                    "reads with a bad parameter answered 200 (the parameter ignored or read as given): "
                            + readsAnswered.size() + ", e.g. " + readsAnswered.subList(0, Math.min(8, readsAnswered.size())),
                    "%d bad requests over %d endpoints with a body (%d each) and the list parameters; answers by status %s"
                            .formatted(requests, endpoints.size(), REQUESTS_PER_ENDPOINT, statuses),
                    "5xx %d, dropped connections %d, bad bodies accepted %d; collections and topics changed by them %s (left out: %s, which changed with no request)"
                            .formatted(serverErrors.size(), dropped.size(), accepted.size(), changed, background));
            return new Outcome("bad input", details, failures);
        }
    }

    /** The ids the endpoints need: a plan with its tasks and assignments, and a draft. */
    record Targets(String planId, String taskId, String assignmentId, String draftId, String draftTaskId) {

        static Targets prepare(FaultStack stack, String office, String unit) throws Exception {
            BenchmarkPlans plans = new BenchmarkPlans(stack.url(Service.PLAN, "/plans"), "BENCH", office);
            String planId = plans.issue(0, 5);
            HttpClient http = HttpClient.newHttpClient();
            JsonNode plan = JSON.readTree(get(http, stack.url(Service.PLAN, "/plans/" + planId), office));
            String assignmentId = null;
            for (int attempt = 0; attempt < 120 && assignmentId == null; attempt++) {
                JsonNode work = JSON.readTree(get(http, stack.url(Service.TASK, "/units/BENCH.U03/assignments"), unit));
                if (work.isArray() && !work.isEmpty()) {
                    assignmentId = work.get(0).get("id").asString();
                } else {
                    Thread.sleep(500);
                }
            }
            byte[] text;
            try (InputStream seed = BadInputFuzz.class.getResourceAsStream("/seeds/seed-001.txt")) {
                text = seed.readAllBytes();
            }
            HttpResponse<String> draft = http.send(HttpRequest.newBuilder(URI.create(stack.url(Service.PLAN, "/plan-drafts")))
                    .header("Authorization", "Bearer " + office).header("Content-Type", "text/markdown; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(text)).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode drafted = JSON.readTree(draft.body());
            return new Targets(planId, plan.get("tasks").get(0).get("taskId").asString(), assignmentId,
                    drafted.get("id").asString(), drafted.get("tasks").get(0).get("taskId").asString());
        }

        private static String get(HttpClient http, String url, String token) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        }
    }

    /** An endpoint with a body, the token of someone allowed to call it, and a valid body to spoil. */
    record Endpoint(String method, String url, String token, String template) {

        static List<Endpoint> all(FaultStack stack, Targets t, String office, String unit) {
            String plan = stack.url(Service.PLAN, "");
            String task = stack.url(Service.TASK, "");
            String reporting = stack.url(Service.REPORTING, "");
            String notification = stack.url(Service.NOTIFICATION, "");
            String assignment = task + "/assignments/" + t.assignmentId();
            String taskOfPlan = """
                    {"number":"1","content":"Rà soát thủ tục","leadUnits":["BENCH.U01"],"coordinatorUnits":["BENCH.U02"],"dueDate":"2026-12-20"}""";
            return List.of(
                    new Endpoint("POST", plan + "/plans", office, """
                            {"number":"99/KH-BENCH","title":"Kế hoạch thử","departmentCode":"BENCH","issuedOn":"2026-11-20","tasks":[%s]}"""
                            .formatted(taskOfPlan)),
                    new Endpoint("POST", plan + "/plans/" + t.planId() + "/amendments", office, """
                            {"reason":"Điều chỉnh","title":"Kế hoạch điều chỉnh","tasks":[%s]}""".formatted(taskOfPlan)),
                    new Endpoint("POST", plan + "/plans/" + t.planId() + "/withdrawal", office, """
                            {"reason":"Thu hồi"}"""),
                    new Endpoint("PUT", plan + "/departments/BENCH/units/BENCH.U01", office, """
                            {"name":"Phòng thử","aliases":["PT"],"kind":"DIVISION","attributes":["x"],"validFrom":"2026-01-01","validTo":"2026-12-31","successor":"BENCH.U02"}"""),
                    new Endpoint("PUT", plan + "/plan-drafts/" + t.draftId() + "/tasks/" + t.draftTaskId(), office, """
                            {"number":"1","content":"Nội dung","leadUnits":["BENCH.U01"],"coordinatorUnits":[],"timeframeKind":"DEADLINE","timeframeText":"Tháng 12","dueDate":"2026-12-31","periods":["QUARTER"]}"""),
                    new Endpoint("PUT", plan + "/plan-drafts/" + t.draftId() + "/header", office, """
                            {"number":"5/KH-BENCH","issuedOn":"2026-11-01","title":"Kế hoạch","coverageStart":"2026-01-01","coverageEnd":"2026-12-31","signer":"Nguyễn Văn A","signingAuthority":"KT. GIÁM ĐỐC","reportingText":"Báo cáo quý","reportingPeriods":["QUARTER"]}"""),
                    new Endpoint("POST", plan + "/plan-drafts/" + t.draftId() + "/issue", office, """
                            {"number":"6/KH-BENCH"}"""),
                    new Endpoint("POST", assignment + "/refuse", unit, """
                            {"reason":"Không thuộc chức năng"}"""),
                    new Endpoint("POST", assignment + "/progress", unit, """
                            {"percent":50,"note":"Đang làm"}"""),
                    new Endpoint("POST", assignment + "/result", unit, """
                            {"summary":"Đã xong"}"""),
                    new Endpoint("POST", assignment + "/result/review", office, """
                            {"accepted":true,"note":"Đạt"}"""),
                    new Endpoint("POST", assignment + "/extension-request", unit, """
                            {"requestedDueDate":"2027-01-15","reason":"Chờ số liệu"}"""),
                    new Endpoint("POST", assignment + "/extension-request/decision", office, """
                            {"approved":true,"note":"Đồng ý"}"""),
                    new Endpoint("POST", assignment + "/notes", unit, """
                            {"text":"Ghi chú"}"""),
                    new Endpoint("POST", assignment + "/withdraw", office, """
                            {"reason":"Thu hồi"}"""),
                    new Endpoint("POST", assignment + "/reminders", office, """
                            {"message":"Đề nghị khẩn trương"}"""),
                    new Endpoint("POST", task + "/plans/" + t.planId() + "/tasks/" + t.taskId() + "/designation", office, """
                            {"leadUnits":["BENCH.U05"],"coordinatorUnits":["BENCH.U06"]}"""),
                    new Endpoint("POST", task + "/plans/" + t.planId() + "/tasks/" + t.taskId() + "/occurrences", office, """
                            {"dueDate":"2026-12-24","description":"Phát sinh"}"""),
                    new Endpoint("POST", reporting + "/units/BENCH.U03/reports", unit, """
                            {"period":"2026-Q4","regime":"QUARTERLY","results":"Kết quả","shortcomings":"Hạn chế","nextPeriodTasks":"Kỳ tới","proposals":"Kiến nghị"}"""),
                    new Endpoint("POST", reporting + "/departments/BENCH/reports", office, """
                            {"period":"2026-Q4","regime":"QUARTERLY"}"""),
                    new Endpoint("PUT", notification + "/units/BENCH.U03/contact", office, """
                            {"emails":["u03@bench.example"],"kinds":["TASK_ASSIGNED"],"channels":["EMAIL"],"cadence":"IMMEDIATE"}"""));
        }

        /** Lists and reads with impossible or absurd parameters. */
        static List<String> badQueries(FaultStack stack, Targets t) {
            List<String> urls = new ArrayList<>();
            for (String value : List.of("2026-02-30", "31/12/2026", "abc", "-1", "99999999999999999999", "2026-13-01",
                    "%00", "'%20OR%201=1", "x".repeat(5000))) {
                urls.add(stack.url(Service.PLAN, "/plans?page=" + value + "&size=" + value));
                urls.add(stack.url(Service.TASK, "/assignments?asOf=" + value + "&period=" + value + "&page=" + value));
                urls.add(stack.url(Service.TASK, "/overdue?asOf=" + value));
                urls.add(stack.url(Service.TASK, "/due-soon?asOf=" + value + "&days=" + value));
                urls.add(stack.url(Service.TASK, "/units/BENCH.U03/assignments?open=" + value + "&size=" + value));
                urls.add(stack.url(Service.TASK, "/assignments/" + value));
                urls.add(stack.url(Service.REPORTING, "/units/BENCH.U03/figures?period=" + value));
                urls.add(stack.url(Service.REPORTING, "/departments/BENCH/reports/" + value + "?asOf=" + value));
                urls.add(stack.url(Service.REPORTING, "/calendar/" + value));
                urls.add(stack.url(Service.NOTIFICATION, "/deliveries?status=" + value + "&page=" + value));
                urls.add(stack.url(Service.NOTIFICATION, "/units/BENCH.U03/notifications?page=" + value + "&size=" + value));
                urls.add(stack.url(Service.PLAN, "/plans/" + value));
            }
            return urls;
        }
    }

    /** The ways a request is spoiled; each leaves it certainly invalid. */
    enum Mutation {
        BROKEN_JSON, NOT_AN_OBJECT, WRONG_TYPE, HUGE_STRING, IMPOSSIBLE_DATE, OVERSIZED, WRONG_CONTENT_TYPE,
        NO_CONTENT_TYPE, UNKNOWN_ID
    }

    private void send(Endpoint endpoint, Mutation mutation) {
        switch (mutation) {
            case BROKEN_JSON -> {
                String template = endpoint.template();
                sendRaw(endpoint.method(), endpoint.url(), endpoint.token(), "application/json",
                        template.substring(0, 1 + random.nextInt(template.length() - 2)), mutation.name());
            }
            case NOT_AN_OBJECT -> sendRaw(endpoint.method(), endpoint.url(), endpoint.token(), "application/json",
                    List.of("[]", "42", "\"văn bản\"", "true", "[{}]").get(random.nextInt(5)), mutation.name());
            case OVERSIZED -> sendRaw(endpoint.method(), endpoint.url(), endpoint.token(), "application/json",
                    "{\"padding\":\"" + "Đ".repeat(1_100_000) + "\"," + endpoint.template().substring(1), mutation.name());
            case WRONG_CONTENT_TYPE -> sendRaw(endpoint.method(), endpoint.url(), endpoint.token(),
                    List.of("text/plain", "application/xml", "application/yaml", "application/x-www-form-urlencoded",
                            "multipart/form-data; boundary=x", "application/cbor", "application/x-yaml").get(random.nextInt(7)),
                    spoilOneField(endpoint.template(), Mutation.WRONG_TYPE), mutation.name());
            case NO_CONTENT_TYPE -> sendRaw(endpoint.method(), endpoint.url(), endpoint.token(), null,
                    spoilOneField(endpoint.template(), Mutation.WRONG_TYPE), mutation.name());
            case UNKNOWN_ID -> sendRaw(endpoint.method(), absurdId(endpoint.url()), endpoint.token(), "application/json",
                    spoilOneField(endpoint.template(), Mutation.WRONG_TYPE), mutation.name());
            default -> sendRaw(endpoint.method(), endpoint.url(), endpoint.token(), "application/json",
                    spoilOneField(endpoint.template(), mutation), mutation.name());
        }
    }

    /** The template with one of its values (picked at random) spoiled; a date, when asked and there is one. */
    private String spoilOneField(String template, Mutation how) {
        JsonNode root = JSON.readTree(template);
        List<String[]> leaves = new ArrayList<>();
        collectLeaves(root, "", leaves);
        List<String[]> dates = leaves.stream().filter(l -> l[1].matches("\"\\d{4}-\\d{2}-\\d{2}\"")).toList();
        List<String[]> strings = leaves.stream().filter(l -> l[1].startsWith("\"")).toList();
        String[] leaf;
        String replacement;
        if (how == Mutation.IMPOSSIBLE_DATE && !dates.isEmpty()) {
            leaf = dates.get(random.nextInt(dates.size()));
            replacement = '"' + List.of("2026-02-30", "2026-13-01", "31/12/2026", "+999999999-12-31", "0000-00-00",
                    "2026-12-31T25:00", "hôm qua").get(random.nextInt(7)) + '"';
        } else if (how == Mutation.HUGE_STRING && !strings.isEmpty()) {
            leaf = strings.get(random.nextInt(strings.size()));
            replacement = '"' + "Ấp ".repeat(30_000 + random.nextInt(50_000)) + '"';
        } else {
            leaf = leaves.get(random.nextInt(leaves.size()));
            replacement = leaf[1].startsWith("\"") ? "{\"x\":[1,2]}" : "\"không phải số\"";
        }
        return replaceAt(template, leaf, replacement);
    }

    /** Leaves as {path, JSON text}; paths are only used to find the leaf again. */
    private static void collectLeaves(JsonNode node, String path, List<String[]> leaves) {
        if (node.isObject()) {
            for (var property : node.properties()) {
                collectLeaves(property.getValue(), path + "/" + property.getKey(), leaves);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectLeaves(node.get(i), path + "/" + i, leaves);
            }
        } else {
            leaves.add(new String[] {path, node.toString()});
        }
    }

    private static String replaceAt(String template, String[] leaf, String replacement) {
        JsonNode root = JSON.readTree(template);
        String[] steps = leaf[0].substring(1).split("/");
        JsonNode parent = root;
        for (int i = 0; i < steps.length - 1; i++) {
            parent = parent.isArray() ? parent.get(Integer.parseInt(steps[i])) : parent.get(steps[i]);
        }
        JsonNode value = JSON.readTree(replacement);
        String last = steps[steps.length - 1];
        if (parent instanceof tools.jackson.databind.node.ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        } else {
            ((tools.jackson.databind.node.ObjectNode) parent).set(last, value);
        }
        return root.toString();
    }

    private String absurdId(String url) {
        String id = List.of("khong-ton-tai", "x".repeat(3000), "%00", "..%2F..%2Fplans", "%F0%9F%98%80", "'%22%3C%3E")
                .get(random.nextInt(6));
        return url.replaceFirst("(/(assignments|plans|plan-drafts|units|departments)/)[^/]+", "$1" + java.util.regex.Matcher.quoteReplacement(id));
    }

    private void fuzzDocx(FaultStack stack, String office) throws IOException {
        String drafts = stack.url(Service.PLAN, "/plan-drafts");
        byte[] noise = new byte[200_000];
        random.nextBytes(noise);
        sendBytes(drafts, office, DOCX, noise, "docx of random bytes");
        byte[] real = docx(Map.of("word/document.xml", "<w:document/>".getBytes(StandardCharsets.UTF_8)));
        sendBytes(drafts, office, DOCX, java.util.Arrays.copyOf(real, real.length / 2), "truncated docx");
        sendBytes(drafts, office, DOCX, docx(Map.of("word/document.xml", new byte[200 * 1024 * 1024])), "zip bomb (200 MB of zeros)");
        byte[] big = new byte[6 * 1024 * 1024];
        random.nextBytes(big);
        sendBytes(drafts, office, DOCX, big, "6 MB docx");
        sendBytes(drafts, office, "text/plain", "Kế hoạch ".repeat(700_000).getBytes(StandardCharsets.UTF_8), "6 MB text plan");
    }

    private static byte[] docx(Map<String, byte[]> parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private void sendRaw(String method, String url, String token, String contentType, String body, String kind) {
        send(method, url, token, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8), kind);
    }

    private void sendBytes(String url, String token, String contentType, byte[] body, String kind) {
        send("POST", url, token, contentType, body, kind);
    }

    private void send(String method, String url, String token, String contentType, byte[] body, String kind) {
        requests++;
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token);
        } catch (IllegalArgumentException notAUri) {
            statuses.merge(-1, 1, Integer::sum);
            return;
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        String what = method + " " + shortened(url) + " (" + kind + ")";
        try {
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            statuses.merge(answer.statusCode(), 1, Integer::sum);
            if (answer.statusCode() >= 500) {
                serverErrors.add(what + " → " + answer.statusCode() + " " + shortened(answer.body()));
            } else if (!method.equals("GET") && (answer.statusCode() < 300 || answer.statusCode() == 409)) {
                accepted.add(what + " → " + answer.statusCode() + " " + shortened(answer.body()));
            } else if (method.equals("GET") && answer.statusCode() < 300) {
                readsAnswered.add(shortened(url.substring(url.indexOf('/', 8))));
            }
        } catch (IOException e) {
            dropped.add(what + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String shortened(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
