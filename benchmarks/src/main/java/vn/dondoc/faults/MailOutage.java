package vn.dondoc.faults;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.bson.Document;
import vn.dondoc.bench.BenchmarkPlans;
import vn.dondoc.local.LocalSystem.Service;

/**
 * The mail server down while plans are assigned: every unit of the department wants its
 * assignments by email; the server is stopped, five plans are registered, the server comes back
 * after the outage, and every email must arrive once — without anyone pressing "retry".
 */
final class MailOutage {

    static final int PLANS = 5;
    /** 20 tasks over the 20 units: each unit leads one task and coordinates another in every plan. */
    static final int TASKS = 20;
    static final Duration ARRIVAL_LIMIT = Duration.ofMinutes(20);

    Outcome run(Duration down) throws Exception {
        try (FaultStack stack = FaultStack.start("smtp");
                MongoClient store = MongoClients.create(stack.mongoUri());
                PipelineAudit audit = PipelineAudit.of(stack, TASKS)) {
            String token = stack.officeToken();
            for (int unit = 0; unit < BenchmarkPlans.UNITS; unit++) {
                saveEmailContact(stack, token, BenchmarkPlans.unit("BENCH", unit));
            }
            stack.stopPart(FaultStack.Part.SMTP);
            long downSince = System.nanoTime();
            PlanLoad load = PlanLoad.on(stack, TASKS);
            load.send(PLANS);
            load.awaitSent();
            Thread.sleep(Math.max(0, down.toMillis() - (System.nanoTime() - downSince) / 1_000_000));
            Map<String, Long> failedWhileDown = deliveriesByStatus(store);
            stack.startPart(FaultStack.Part.SMTP);
            long upAt = System.nanoTime();
            int expected = PLANS * BenchmarkPlans.UNITS; // one email per plan and unit
            Map<String, Integer> received = received(stack.mailFolder());
            while (total(received) < expected && System.nanoTime() - upAt < ARRIVAL_LIMIT.toNanos()) {
                Thread.sleep(5000);
                received = received(stack.mailFolder());
            }
            double arrivalSeconds = (System.nanoTime() - upAt) / 1e9;
            Thread.sleep(60_000); // a second copy of an email would come with the next sweep
            received = received(stack.mailFolder());
            audit.awaitSettled(CrashScenarios.SETTLE_LIMIT);
            PipelineAudit.Findings findings = audit.audit(load.answered());
            Map<String, Long> deliveries = deliveriesByStatus(store);

            List<String> failures = new ArrayList<>(findings.failures());
            if (load.answered().size() != PLANS) {
                failures.add(load.answered().size() + " of " + PLANS + " plans answered 201");
            }
            for (int unit = 0; unit < BenchmarkPlans.UNITS; unit++) {
                String address = address(BenchmarkPlans.unit("BENCH", unit));
                int count = received.getOrDefault(address, 0);
                if (count != PLANS) {
                    failures.add(address + " received " + count + " emails, not " + PLANS);
                }
            }
            long notSent = deliveries.entrySet().stream().filter(e -> !e.getKey().equals("SENT"))
                    .mapToLong(Map.Entry::getValue).sum();
            if (notSent > 0) {
                failures.add("deliveries not SENT: " + deliveries);
            }
            List<String> details = List.of(
                    "mail server down %d s while %d plans assigned %d units (an email per plan and unit: %d); deliveries while it was down: %s"
                            .formatted(down.toSeconds(), PLANS, BenchmarkPlans.UNITS, expected, failedWhileDown),
                    "after it came back: %d emails received in %.0f s, %d addresses, none twice; deliveries %s"
                            .formatted(total(received), arrivalSeconds, received.size(), deliveries),
                    CrashScenarios.describe(findings, 0));
            return new Outcome("mail server down " + down.toMinutes() + " min", details, failures);
        }
    }

    private static void saveEmailContact(FaultStack stack, String token, String unit)
            throws IOException, InterruptedException {
        String body = """
                {"emails":["%s"],"kinds":["TASK_ASSIGNED"],"channels":["EMAIL"],"cadence":"IMMEDIATE"}"""
                .formatted(address(unit));
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(stack.url(Service.NOTIFICATION, "/units/" + unit + "/contact")))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("contact of " + unit + ": " + answer.statusCode() + " " + answer.body());
        }
    }

    static String address(String unit) {
        return unit.toLowerCase().replace('.', '-') + "@bench.example";
    }

    /** Emails received, per recipient, from the mail folder of the local run. */
    private static Map<String, Integer> received(Path folder) throws IOException {
        Map<String, Integer> perAddress = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return perAddress;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path eml : files.filter(f -> f.toString().endsWith(".eml")).toList()) {
                for (String line : Files.readAllLines(eml, StandardCharsets.ISO_8859_1)) {
                    if (line.startsWith("To: ")) {
                        perAddress.merge(line.substring(4).trim(), 1, Integer::sum);
                        break;
                    }
                }
            }
        }
        return perAddress;
    }

    private static int total(Map<String, Integer> received) {
        return received.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static Map<String, Long> deliveriesByStatus(MongoClient store) {
        Map<String, Long> byStatus = new TreeMap<>();
        for (Document delivery : store.getDatabase("dondoc-notification").getCollection("deliveries")
                .find(eq("channel", "EMAIL")).projection(new Document("status", 1))) {
            byStatus.merge(delivery.getString("status"), 1L, Long::sum);
        }
        return byStatus;
    }
}
