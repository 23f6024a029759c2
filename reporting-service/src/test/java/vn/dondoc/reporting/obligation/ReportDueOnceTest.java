package vn.dondoc.reporting.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.dondoc.eventing.testing.TopicRecords.header;
import static vn.dondoc.eventing.testing.TopicRecords.value;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dondoc.contracts.EventTypes;
import vn.dondoc.contracts.Topics;
import vn.dondoc.eventing.testing.InMemoryMongo;
import vn.dondoc.eventing.testing.TopicRecords;
import vn.dondoc.reporting.ReportingServiceApplication;

/**
 * {@code report-due} reminders reach the topic once per unit, report and reminder, whether the
 * scheduler runs twice, the service restarts on the same store, or two instances run at once.
 * Regime {@code quy-nam}: Q4/2026 and Năm 2026 are due from units on Wed 16/12/2026 (cut-off Mon
 * 14/12 + 2 working days) and from the office on Fri 18/12/2026; lead time 3 days.
 */
@EmbeddedKafka(partitions = 1)
class ReportDueOnceTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final String database = "reporting-once-" + UUID.randomUUID();
    private final String department = "S" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private final List<String> units = List.of(department + ".VP", department + ".QLKH",
            department + ".QLCN", department + ".CDS");

    @Test
    void remindsEachUnitOnceBeforeAndOnTheDeadlineAcrossRunsRestartsAndTwoInstances(EmbeddedKafkaBroker broker) {
        String brokers = broker.getBrokersAsString();
        TopicRecords topics = new TopicRecords(brokers);

        try (ConfigurableApplicationContext first = start(brokers, on(2026, 12, 13))) {
            units.forEach(unit -> topics.sendCloudEvent(Topics.TASK_ASSIGNED, unit, UUID.randomUUID().toString(),
                    EventTypes.TASK_ASSIGNED, taskAssigned(unit)));
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> reportDue(topics, "OWED").size() == 4);
            ReportReminders reminders = first.getBean(ReportReminders.class);

            assertThat(reminders.remind()).as("lead time for Q4 and the year, 4 units").isEqualTo(8);
            assertThat(reminders.remind()).as("the same day again").isZero();
        }
        Today today = new Today(on(2026, 12, 13));
        try (ConfigurableApplicationContext restarted = start(brokers, today);
                ConfigurableApplicationContext second = start(brokers, today,
                        "dondoc.eventing.outbox-collections=none-relayed-by-the-second-instance")) {
            assertThat(restarted.getBean(ReportReminders.class).remind()).as("after a restart").isZero();

            today.set(on(2026, 12, 16));
            // two threads of their own: the common pool has one thread on two cores, so the two
            // instances would not race, and a stuck reminder would hang the whole test run
            ExecutorService instances = Executors.newFixedThreadPool(2);
            try {
                CompletableFuture<Integer> byOne = CompletableFuture.supplyAsync(
                        restarted.getBean(ReportReminders.class)::remind, instances);
                CompletableFuture<Integer> byTwo = CompletableFuture.supplyAsync(
                        second.getBean(ReportReminders.class)::remind, instances);

                assertThat(byOne.get(2, TimeUnit.MINUTES) + byTwo.get(2, TimeUnit.MINUTES))
                        .as("deadline for 4 units × 2 reports, office lead time × 2").isEqualTo(10);
            } catch (InterruptedException | ExecutionException | TimeoutException e) {
                throw new AssertionError("the two instances' reminders did not finish", e);
            } finally {
                instances.shutdownNow();
            }
            // a reminder the second instance won is published by the first one's sweep (every 5 s)
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() ->
                    reportDue(topics, "DEADLINE").size() == 8 && reportDue(topics, "LEAD_TIME").size() == 10);
        }

        List<ConsumerRecord<String, byte[]>> leads = reportDue(topics, "LEAD_TIME");
        assertThat(leads).hasSize(10);
        assertThat(reportDue(topics, "DEADLINE")).hasSize(8);
        Map<String, Long> perReminder = reportDue(topics, null).stream().collect(Collectors.groupingBy(
                record -> header(record, "ce_subject") + ":" + json(record).get("reminder").asString(),
                Collectors.counting()));
        assertThat(perReminder).hasSize(4 + 10 + 8).allSatisfy((reminder, count) -> assertThat(count).isOne());
        JsonNode office = json(leads.stream().filter(record -> json(record).get("level").asString()
                .equals("OFFICE_TO_PROVINCE")).filter(record -> json(record).get("periodType").asString()
                .equals("QUARTER")).findFirst().orElseThrow());
        assertThat(office.get("unitCode").asString()).isEqualTo(department + ".VP");
        assertThat(office.get("reportId").asString()).isEqualTo(department + ".VP:2026-Q4:OFFICE_TO_PROVINCE");
        assertThat(office.get("periodLabel").asString()).isEqualTo("Quý IV/2026");
        assertThat(office.get("windowStart").asString()).isEqualTo("2026-09-15");
        assertThat(office.get("windowEnd").asString()).isEqualTo("2026-12-14");
        assertThat(office.get("dueDate").asString()).isEqualTo("2026-12-18");
        assertThat(office.get("regime").asString()).isEqualTo("quy-nam");
        assertThat(office.get("departmentCode").asString()).isEqualTo(department);
        JsonNode deadline = json(reportDue(topics, "DEADLINE").stream()
                .filter(record -> record.key().equals(department + ".CDS"))
                .filter(record -> json(record).get("periodType").asString().equals("YEAR")).findFirst().orElseThrow());
        assertThat(deadline.get("periodLabel").asString()).isEqualTo("Năm 2026");
        assertThat(deadline.get("windowStart").asString()).isEqualTo("2025-12-15");
        assertThat(deadline.get("dueDate").asString()).isEqualTo("2026-12-16");
        assertThat(deadline.get("level").asString()).isEqualTo("UNIT_TO_OFFICE");
    }

    /** A clock whose day the test moves; the second instance's relay stays idle so only the scheduler races. */
    private static final class Today extends Clock {
        private volatile Clock current;

        Today(Clock start) {
            current = start;
        }

        void set(Clock clock) {
            current = clock;
        }

        @Override
        public ZoneId getZone() {
            return current.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return current.withZone(zone);
        }

        @Override
        public java.time.Instant instant() {
            return current.instant();
        }
    }

    private List<ConsumerRecord<String, byte[]>> reportDue(TopicRecords topics, String reminder) {
        return topics.all(Topics.REPORT_DUE, Duration.ofMillis(300)).stream()
                .filter(record -> json(record).get("departmentCode").asString("").equals(department))
                .filter(record -> reminder == null || json(record).get("reminder").asString().equals(reminder))
                .toList();
    }

    private static JsonNode json(ConsumerRecord<String, byte[]> record) {
        return JSON.readTree(value(record));
    }

    private static Clock on(int year, int month, int day) {
        return Clock.fixed(ZonedDateTime.of(year, month, day, 9, 0, 0, 0, VIETNAM).toInstant(), VIETNAM);
    }

    private ConfigurableApplicationContext start(String brokers, Clock clock, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("--server.port=0",
                "--spring.kafka.bootstrap-servers=" + brokers,
                "--spring.mongodb.uri=" + InMemoryMongo.connectionString(),
                "--spring.mongodb.database=" + database, "--reporting.reminders.enabled=false"));
        java.util.Arrays.stream(extra).map(setting -> "--" + setting).forEach(args::add);
        return new SpringApplicationBuilder(ReportingServiceApplication.class)
                .properties("spring.config.name=" + ReportingServiceApplication.CONFIG_NAME)
                .initializers(context -> context.getBeanFactory().registerSingleton("clock", clock))
                .run(args.toArray(String[]::new));
    }

    private String taskAssigned(String unit) {
        return """
                {"eventId":"%s","occurredAt":"2026-12-01T02:00:00Z","assignmentId":"P1:T1:%s",
                 "planId":"P1","planNumber":"257/KH-%s","departmentCode":"%s","taskId":"T1",
                 "taskNumber":"1","taskContent":"Rà soát thủ tục hành chính","unitCode":"%s",
                 "role":"LEAD","leadUnits":["%s"],"dueDate":"2026-12-31"}
                """.formatted(UUID.randomUUID(), unit, department, department, unit, unit);
    }
}
