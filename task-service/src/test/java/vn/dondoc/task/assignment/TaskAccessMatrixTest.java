package vn.dondoc.task.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dondoc.eventing.testing.AccessMatrix.ALLOWED;
import static vn.dondoc.eventing.testing.AccessMatrix.Role.LEADERSHIP;
import static vn.dondoc.eventing.testing.AccessMatrix.Role.OFFICE;
import static vn.dondoc.eventing.testing.AccessMatrix.Role.UNIT;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.dondoc.contracts.Topics;
import vn.dondoc.eventing.testing.AccessMatrix.Request;
import vn.dondoc.eventing.testing.AccessMatrix.Target;
import vn.dondoc.eventing.testing.AccessMatrix;
import vn.dondoc.eventing.testing.InMemoryMongo;
import vn.dondoc.eventing.testing.TopicOffsets;
import vn.dondoc.task.plan.IssuedPlan;
import vn.dondoc.task.planning.TaskAssignment;

/**
 * Every endpoint of task-service × office, leadership, unit, province × own unit, another unit,
 * another department, another province (see {@link AccessMatrix}), against a plan of SKHCN (lead
 * SKHCN.VP, coordinator SKHCN.QLKH) and one of SDTTG.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=task-service",
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}"})
@EmbeddedKafka(partitions = 1)
class TaskAccessMatrixTest {

    static final List<String> PUBLISHED = List.of(Topics.TASK_ASSIGNED, Topics.TASK_ACKNOWLEDGED,
            Topics.TASK_REFUSED, Topics.TASK_PROGRESS_REPORTED, Topics.TASK_RESULT_SUBMITTED,
            Topics.TASK_RESULT_REVIEWED, Topics.TASK_EXTENSION_REQUESTED, Topics.TASK_EXTENSION_DECIDED,
            Topics.TASK_WITHDRAWN, Topics.TASK_NOTE_ADDED, Topics.TASK_REMINDER_SENT);

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    TaskAssignment taskAssignment;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", InMemoryMongo::connectionString);
        registry.add("spring.mongodb.database", () -> "task-matrix-" + UUID.randomUUID());
    }

    @Test
    void everyEndpointKeepsEachDepartmentBehindItsWall() {
        String ownPlan = plan(AccessMatrix.DEPARTMENT, AccessMatrix.UNIT, AccessMatrix.OTHER_UNIT);
        String foreignPlan = plan(AccessMatrix.OTHER_DEPARTMENT, AccessMatrix.FOREIGN_UNIT, "SDTTG.CSDT");
        Function<Target, String> planOf = target -> target == Target.OTHER_DEPARTMENT ? foreignPlan : ownPlan;
        Function<Target, String> assignmentOf = target -> Assignment.idOf(planOf.apply(target), "T1", target.unit());

        try (TopicOffsets topics = new TopicOffsets(environment.getProperty("spring.embedded.kafka.brokers"),
                PUBLISHED)) {
            AccessMatrix matrix = new AccessMatrix("http://127.0.0.1:" + port, mongo.getDb(), topics);
            matrix.endpoint("GET /units/{unitCode}/assignments",
                    target -> Request.get("/units/" + target.unit() + "/assignments")).unitScoped().foreign(403);
            matrix.endpoint("GET /plans/{planId}/assignments",
                    target -> Request.get("/plans/" + planOf.apply(target) + "/assignments")).foreign(ALLOWED);
            matrix.endpoint("GET /assignments", target -> Request.get("/assignments?unit=" + target.unit()))
                    .unitScoped().foreign(403);
            matrix.endpoint("GET /overdue", target -> Request.get("/overdue?asOf=2030-01-10")).foreign(ALLOWED);
            matrix.endpoint("GET /due-soon", target -> Request.get("/due-soon?asOf=2030-01-01&days=31"))
                    .foreign(ALLOWED);
            matrix.endpoint("GET /assignments/{assignmentId}",
                    target -> Request.get("/assignments/" + assignmentOf.apply(target))).unitScoped();
            matrix.endpoint("GET /needs-assignment", target -> Request.get("/needs-assignment")).foreign(ALLOWED);
            matrix.endpoint("POST /plans/{planId}/tasks/{taskId}/designation", target -> Request.json("POST",
                    "/plans/" + planOf.apply(target) + "/tasks/T3/designation",
                    "{\"leadUnits\":[\"" + target.unit() + "\"]}")).roles(OFFICE, LEADERSHIP);
            matrix.endpoint("POST /plans/{planId}/tasks/{taskId}/occurrences", target -> Request.json("POST",
                    "/plans/" + planOf.apply(target) + "/tasks/T2/occurrences",
                    "{\"dueDate\":\"2030-05-01\",\"description\":\"Lần phát sinh\"}")).roles(OFFICE, LEADERSHIP);

            command(matrix, assignmentOf, "acknowledge", null).roles(UNIT).unitScoped();
            command(matrix, assignmentOf, "refuse", "{\"reason\":\"Không thuộc chức năng\"}").roles(UNIT).unitScoped();
            command(matrix, assignmentOf, "progress", "{\"percent\":30,\"note\":\"Đang rà soát\"}").roles(UNIT)
                    .unitScoped();
            command(matrix, assignmentOf, "result", "{\"summary\":\"Báo cáo kết quả\"}").roles(UNIT).unitScoped();
            command(matrix, assignmentOf, "extension-request",
                    "{\"requestedDueDate\":\"2030-02-28\",\"reason\":\"Chờ số liệu\"}").roles(UNIT).unitScoped();
            command(matrix, assignmentOf, "notes", "{\"text\":\"Góp ý\"}").roles(UNIT).unitScoped();
            command(matrix, assignmentOf, "result/review", "{\"accepted\":true}").roles(OFFICE, LEADERSHIP)
                    .refusedBehindTheWall(UNIT);
            command(matrix, assignmentOf, "extension-request/decision", "{\"approved\":true}")
                    .roles(OFFICE, LEADERSHIP).refusedBehindTheWall(UNIT);
            command(matrix, assignmentOf, "reminders", "{\"message\":\"Đề nghị khẩn trương\"}")
                    .roles(OFFICE, LEADERSHIP).refusedBehindTheWall(UNIT);
            command(matrix, assignmentOf, "withdraw", "{\"reason\":\"Trùng kế hoạch\"}").roles(OFFICE, LEADERSHIP)
                    .refusedBehindTheWall(UNIT);

            matrix.apiDescription();

            int cases = matrix.run("task-service", AccessMatrix.keys(mappings.getHandlerMethods().keySet()));

            assertThat(cases).isEqualTo((19 + AccessMatrix.API_DESCRIPTION.size()) * 16);
        }
    }

    /** A unit's own commands are refused to the office and leadership with the assignment in hand. */
    private static AccessMatrix.Endpoint command(AccessMatrix matrix, Function<Target, String> assignmentOf,
            String action, String body) {
        AccessMatrix.Endpoint endpoint = matrix.endpoint("POST /assignments/{id}/" + action,
                target -> Request.json("POST", "/assignments/" + assignmentOf.apply(target) + "/" + action,
                        body == null ? "" : body));
        return endpoint.refusedBehindTheWall(OFFICE, LEADERSHIP);
    }

    /** T1: lead and coordinator, overdue in 2030; T2: by occurrence; T3: without a lead. */
    private String plan(String department, String lead, String coordinator) {
        String planId = UUID.randomUUID().toString();
        taskAssignment.assign(new IssuedPlan(planId, "1/KH-" + department, department, List.of(
                new IssuedPlan.Task("T1", "1", "Rà soát thủ tục hành chính", List.of(lead), List.of(coordinator),
                        LocalDate.of(2030, 1, 1)),
                new IssuedPlan.Task("T2", "2", "Xử lý khi phát sinh", List.of(lead), List.of(), null,
                        "EVENT_DRIVEN", "Khi phát sinh"),
                new IssuedPlan.Task("T3", "3", "Các đơn vị có liên quan", List.of(), List.of(), null))));
        return planId;
    }
}
