package vn.dondoc.task.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.dondoc.eventing.testing.InMemoryMongo;
import vn.dondoc.eventing.testing.RawHttp;
import vn.dondoc.eventing.testing.TestTokens;
import vn.dondoc.task.plan.IssuedPlan;
import vn.dondoc.task.planning.TaskAssignment;

/**
 * Input over its limit is refused with a Vietnamese problem detail and the assignment is left as it
 * was: a note over 4000 characters (400), a body over 1 MB (413, connection intact), a YAML body
 * with a date (415, not a 500), a note once the history is full (409).
 */
class InputLimitsTest extends TaskServiceHttpTest {

    static final String LEAD = "SKHCN.VP";

    @Autowired
    TaskAssignment taskAssignment;

    @Autowired
    Assignments assignments;

    @Autowired
    MongoTemplate mongo;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", InMemoryMongo::connectionString);
        registry.add("spring.mongodb.database", () -> "task-limits-test-" + UUID.randomUUID());
    }

    @Test
    void aNoteOverFourThousandCharactersIsA400AndNothingIsAdded() throws Exception {
        String id = assign();

        RawHttp.Answer answer = post(id, "notes", "application/json", "{\"text\":\"" + "đ".repeat(4001) + "\"}");

        assertThat(answer.status()).isEqualTo(400);
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("text");
        assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo("Ghi chú dài quá 4000 ký tự");
        assertThat(assignments.findById(id).orElseThrow().history()).hasSize(1);
    }

    @Test
    void aBodyOverOneMegabyteIsA413AndTheConnectionIsNotDropped() throws Exception {
        String id = assign();

        RawHttp.Answer answer = post(id, "notes", "application/json", "{\"text\":\"" + "x".repeat(2_100_000) + "\"}");

        assertThat(answer.status()).isEqualTo(413);
        assertThat(JSON.readTree(answer.body()).get("detail").asString()).isEqualTo("Nội dung gửi lên quá lớn: tối đa 1 MB");
        assertThat(assignments.findById(id).orElseThrow().history()).hasSize(1);
    }

    @Test
    void anExtensionRequestInYamlIsA415InVietnameseNotA500() throws Exception {
        String id = assign();

        RawHttp.Answer answer = post(id, "extension-request", "application/yaml",
                "requestedDueDate: 2030-03-01\nreason: Chờ số liệu\n");

        assertThat(answer.status()).isEqualTo(415);
        assertThat(JSON.readTree(answer.body()).get("title").asString()).isEqualTo("Kiểu nội dung không được hỗ trợ");
        assertThat(assignments.findById(id).orElseThrow().deadline().pendingExtension()).isNull();
    }

    @Test
    void onceTheHistoryHoldsFourHundredLinesANoteIsRefusedAndNoLineIsDropped() throws Exception {
        String id = assign();
        HistoryEntry first = assignments.findById(id).orElseThrow().history().get(0);
        List<HistoryEntry> more = Collections.nCopies(HistoryLimit.MAX_LINES - 1, first);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().push("history").each(more.toArray()),
                Assignment.class);

        RawHttp.Answer answer = post(id, "notes", "application/json", "{\"text\":\"Thêm một dòng\"}");

        assertThat(answer.status()).isEqualTo(409);
        assertThat(JSON.readTree(answer.body()).get("detail").asString())
                .endsWith("nhật ký của phân công đã đủ 400 dòng");
        assertThat(assignments.findById(id).orElseThrow().history()).hasSize(HistoryLimit.MAX_LINES)
                .first().isEqualTo(first);
    }

    private RawHttp.Answer post(String id, String action, String type, String body) throws Exception {
        return RawHttp.send(port, "POST", "/assignments/" + id + "/" + action, type, TestTokens.unit(LEAD),
                body.getBytes(StandardCharsets.UTF_8));
    }

    private String assign() {
        String planId = UUID.randomUUID().toString();
        taskAssignment.assign(new IssuedPlan(planId, "257/KH-SKHCN", "SKHCN", List.of(new IssuedPlan.Task(
                "T1", "1", "Rà soát thủ tục hành chính", List.of(LEAD), List.of("SKHCN.CDS"),
                LocalDate.of(2030, 1, 1)))));
        return Assignment.idOf(planId, "T1", LEAD);
    }
}
