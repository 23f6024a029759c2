package vn.dondoc.faults;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a local run from the outside, straight in its store and on its broker: every plan
 * answered {@code 201} is stored, every stored plan has all its assignments, each assignment was
 * published once (by id), counted by reporting-service and put in its unit's inbox once, and
 * nothing went to a dead-letter topic.
 */
final class PipelineAudit implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What the audit found; {@link #failures()} is empty when every check held. */
    record Findings(int answered201, int answeredButNotStored, long plansStored, long plansMissingAssignments,
            long assignments, long duplicatedAssignments, long taskAssignedRecords, long taskAssignedDistinctIds,
            long assignmentsNotPublished, long countedByReporting, long inboxMessages, long duplicatedInboxMessages,
            long deadLetters, Map<String, Long> deadLettersByTopic) {

        long duplicatedEffects() {
            return duplicatedAssignments + duplicatedInboxMessages + Math.max(0, countedByReporting - assignments);
        }

        List<String> failures() {
            List<String> failures = new ArrayList<>();
            check(failures, answeredButNotStored == 0, answeredButNotStored + " plans answered 201 are not stored");
            check(failures, plansMissingAssignments == 0, plansMissingAssignments + " stored plans lack assignments");
            check(failures, taskAssignedDistinctIds == assignments, "distinct task-assigned ids "
                    + taskAssignedDistinctIds + " ≠ assignments " + assignments);
            check(failures, assignmentsNotPublished == 0, assignmentsNotPublished + " assignments never published");
            check(failures, countedByReporting == assignments, "reporting counts " + countedByReporting
                    + " ≠ assignments " + assignments);
            check(failures, inboxMessages == assignments, "inbox messages " + inboxMessages + " ≠ assignments "
                    + assignments);
            check(failures, duplicatedEffects() == 0, duplicatedEffects() + " duplicated effects");
            check(failures, deadLetters == 0, deadLetters + " dead letters " + deadLettersByTopic);
            return failures;
        }

        private static void check(List<String> failures, boolean holds, String otherwise) {
            if (!holds) {
                failures.add(otherwise);
            }
        }
    }

    private final MongoClient client;
    private final String kafkaBootstrap;
    private final int assignmentsPerPlan;

    /** An audit of the stack's department BENCH, whose plans have {@code tasksPerPlan} tasks of two assignments each. */
    static PipelineAudit of(FaultStack stack, int tasksPerPlan) {
        return new PipelineAudit(stack.mongoUri(), stack.kafkaBootstrap(),
                tasksPerPlan * vn.dondoc.bench.BenchmarkPlans.ASSIGNMENTS_PER_TASK);
    }

    PipelineAudit(String mongoUri, String kafkaBootstrap, int assignmentsPerPlan) {
        this.client = MongoClients.create(mongoUri);
        this.kafkaBootstrap = kafkaBootstrap;
        this.assignmentsPerPlan = assignmentsPerPlan;
    }

    /**
     * Waits until every stored plan's assignments are stored, counted and in the inboxes (or the
     * limit has passed); returns the seconds it took.
     */
    double awaitSettled(Duration limit) throws InterruptedException {
        long begin = System.nanoTime();
        long deadline = begin + limit.toNanos();
        long nextReport = begin;
        while (System.nanoTime() < deadline) {
            long expected = plans().countDocuments(eq("departmentCode", "BENCH")) * assignmentsPerPlan;
            long stored = task().getCollection("assignments").countDocuments();
            long counted = reporting().getCollection("assigned_tasks").countDocuments();
            long inbox = inbox().countDocuments(eq("kind", "TASK_ASSIGNED"));
            if (stored == expected && counted == expected && inbox == expected) {
                return (System.nanoTime() - begin) / 1e9;
            }
            if (System.nanoTime() > nextReport) {
                System.out.printf("  of %d assignments: stored %d, counted %d, inbox %d%n", expected, stored,
                        counted, inbox);
                nextReport = System.nanoTime() + 10_000_000_000L;
            }
            Thread.sleep(2000);
        }
        return (System.nanoTime() - begin) / 1e9;
    }

    Findings audit(Map<Integer, String> answered) {
        Set<String> storedPlans = new HashSet<>();
        plans().find(eq("departmentCode", "BENCH")).projection(new Document("_id", 1))
                .forEach(plan -> storedPlans.add(plan.getString("_id")));
        Map<String, Integer> assignmentsPerPlanId = new HashMap<>();
        Set<String> assignmentIds = new HashSet<>();
        Set<String> assignmentKeys = new HashSet<>();
        long assignments = 0;
        for (Document assignment : task().getCollection("assignments").find()
                .projection(new Document("planId", 1).append("taskId", 1).append("unitCode", 1))) {
            assignments++;
            assignmentIds.add(assignment.getString("_id"));
            assignmentKeys.add(key(assignment));
            assignmentsPerPlanId.merge(assignment.getString("planId"), 1, Integer::sum);
        }
        long answeredButNotStored = answered.values().stream().filter(id -> !storedPlans.contains(id)).count();
        long missing = storedPlans.stream()
                .filter(plan -> assignmentsPerPlanId.getOrDefault(plan, 0) != assignmentsPerPlan).count();

        long records = 0;
        Set<String> eventIds = new HashSet<>();
        Set<String> publishedAssignments = new HashSet<>();
        for (ConsumerRecord<String, byte[]> record : readAll(List.of("task-assigned"))) {
            records++;
            eventIds.add(header(record, "ce_id"));
            JsonNode event = JSON.readTree(record.value());
            publishedAssignments.add(event.get("assignmentId").asString());
        }
        long notPublished = assignmentIds.stream().filter(id -> !publishedAssignments.contains(id)).count();

        long counted = reporting().getCollection("assigned_tasks").countDocuments();
        long inboxMessages = 0;
        Set<String> inboxKeys = new HashSet<>();
        for (Document message : inbox().find(eq("kind", "TASK_ASSIGNED"))
                .projection(new Document("planId", 1).append("taskId", 1).append("unitCode", 1))) {
            inboxMessages++;
            inboxKeys.add(key(message));
        }
        Map<String, Long> deadLetters = deadLetters();
        return new Findings(answered.size(), (int) answeredButNotStored, storedPlans.size(), missing, assignments,
                assignments - assignmentKeys.size(), records, eventIds.size(), notPublished, counted, inboxMessages,
                inboxMessages - inboxKeys.size(), deadLetters.values().stream().mapToLong(Long::longValue).sum(),
                deadLetters);
    }

    /** Records in each non-empty dead-letter topic ({@code error.<topic>.<group>}). */
    Map<String, Long> deadLetters() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrap))) {
            List<String> topics = admin.listTopics().names().get().stream().filter(t -> t.startsWith("error.")).toList();
            Map<String, Long> found = new HashMap<>();
            for (ConsumerRecord<String, byte[]> record : readAll(topics)) {
                found.merge(record.topic(), 1L, Long::sum);
            }
            return found;
        } catch (Exception e) {
            throw new IllegalStateException("could not list the dead-letter topics", e);
        }
    }

    private List<ConsumerRecord<String, byte[]>> readAll(Collection<String> topics) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        if (topics.isEmpty()) {
            return records;
        }
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String key(Document document) {
        return document.getString("planId") + "|" + document.getString("taskId") + "|" + document.getString("unitCode");
    }

    private com.mongodb.client.MongoCollection<Document> plans() {
        return client.getDatabase("dondoc-plan").getCollection("plans");
    }

    private MongoDatabase task() {
        return client.getDatabase("dondoc-task");
    }

    private MongoDatabase reporting() {
        return client.getDatabase("dondoc-reporting");
    }

    private com.mongodb.client.MongoCollection<Document> inbox() {
        return client.getDatabase("dondoc-notification").getCollection("notifications");
    }

    @Override
    public void close() {
        client.close();
    }
}
