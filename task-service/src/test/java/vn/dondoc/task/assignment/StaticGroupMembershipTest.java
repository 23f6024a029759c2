package vn.dondoc.task.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.MemberDescription;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.cloud.stream.binding.BindingsLifecycleController.State;
import org.springframework.core.env.Environment;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dondoc.contracts.EventTypes;
import vn.dondoc.contracts.Topics;
import vn.dondoc.eventing.testing.InMemoryMongo;
import vn.dondoc.eventing.testing.TopicRecords;

/**
 * An instance named by {@code dondoc.eventing.instance-id} joins its groups as static members, one
 * per binding: a consumer that stops stays in the group under its name (as after {@code kill -9}),
 * and the same name coming back takes its partitions at once, not after the 45 s group session.
 */
@SpringBootTest(properties = {
        "spring.config.name=task-service",
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "dondoc.eventing.instance-id=task-1"})
@EmbeddedKafka(partitions = 1)
class StaticGroupMembershipTest {

    @Autowired
    Environment environment;

    @Autowired
    Assignments assignments;

    @Autowired
    BindingsLifecycleController bindings;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", InMemoryMongo::connectionString);
        registry.add("spring.mongodb.database", () -> "task-static-" + UUID.randomUUID());
    }

    @Test
    void eachBindingIsAStaticMemberThatComesBackUnderItsNameAndWorksAtOnce() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers()))) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(members(admin))
                    .containsExactlyInAnyOrder("task-1.planIssued-in-0-0", "task-1.planAmended-in-0-0",
                            "task-1.planWithdrawn-in-0-0"));

            bindings.changeState("planIssued-in-0", State.STOPPED);
            assertThat(members(admin)).as("a static member stopped without leaving its group")
                    .contains("task-1.planIssued-in-0-0");

            bindings.changeState("planIssued-in-0", State.STARTED);
            String planId = UUID.randomUUID().toString();
            String eventId = UUID.randomUUID().toString();
            new TopicRecords(brokers()).sendCloudEvent(Topics.PLAN_ISSUED, planId, eventId, EventTypes.PLAN_ISSUED,
                    planIssued(eventId, planId));

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(assignments.findByPlanIdOrderByIdAsc(planId)).hasSize(2));
            assertThat(members(admin)).as("the same name came back: one member per binding, not two")
                    .hasSize(3);
        }
    }

    private String brokers() {
        return environment.getProperty("spring.embedded.kafka.brokers");
    }

    private static Set<String> members(Admin admin) throws Exception {
        return admin.describeConsumerGroups(Set.of("task-service")).all().get().get("task-service").members()
                .stream().map(MemberDescription::groupInstanceId)
                .map(id -> id.orElse("(dynamic)")).collect(Collectors.toSet());
    }

    private static String planIssued(String eventId, String planId) {
        return """
                {"eventId":"%s","occurredAt":"2026-01-10T02:00:00Z","planId":"%s",
                 "number":"12/KH-SKHCN","title":"Kế hoạch chuyển đổi số năm 2026",
                 "departmentCode":"SKHCN","issuedOn":"2026-01-10",
                 "tasks":[
                  {"taskId":"T1","number":"1","content":"Số hoá hồ sơ",
                   "leadUnits":["SKHCN.VP"],"coordinatorUnits":["SKHCN.CDS"],"dueDate":"2026-06-30"}]}
                """.formatted(eventId, planId);
    }
}
