package vn.dondoc.reporting.provincialplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dondoc.contracts.EventTypes;
import vn.dondoc.contracts.Topics;
import vn.dondoc.eventing.testing.TestTokens;
import vn.dondoc.reporting.ReportingHttpTest;
import vn.dondoc.reporting.unitfigures.Matrix;
import vn.dondoc.reporting.unitfigures.TaskEventFeed;

/**
 * A plan of UBND tỉnh, two department plans linked to it as children and one that is not, and the
 * assignments of each: on 01/12/2026 the provincial office reads, per task, the departments and
 * their child plans, and per department the Quý IV/2026 figures of its child plans and of the
 * province's own tasks; a department's office reads its own row only.
 */
class ProvincialRollupTest extends ReportingHttpTest {

    final String province = "P-" + UUID.randomUUID();
    final String skhcnChild = "C1-" + UUID.randomUUID();
    final String sdttgChild = "C2-" + UUID.randomUUID();
    final String unlinked = "C3-" + UUID.randomUUID();

    @Test
    void showsEachDepartmentWithItsChildPlansAndTheirFiguresForThePeriod() throws Exception {
        givenTheProvincialPlanItsChildrenAndTheirAssignments();

        JsonNode rollup = await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(
                () -> JSON.readTree(get(path(), TestTokens.province()).body()),
                node -> node.path("departments").size() == 3 && node.at("/departments/1/childPlanFigures/lead/openOverdue")
                        .asLong() == 1 && node.at("/departments/1/childPlanFigures/lead/completedOnTime").asLong() == 1
                        && node.at("/departments/0/provincialTaskFigures/lead/openWithinDeadline").asLong() == 1);

        assertThat(rollup.get("number").asString()).isEqualTo("38/KH-UBND");
        assertThat(rollup.get("periodLabel").asString()).isEqualTo("Quý IV/2026");
        assertThat(rollup.get("asOf").asString()).isEqualTo("2026-12-01");
        assertThat(rollup.get("tasks").valueStream().map(task -> tuple(task.get("number").asString(),
                task.get("departments").valueStream().map(department -> department.get("departmentCode").asString()
                        + " " + department.get("role").asString() + " " + department.get("childPlans")).toList()))
                .toList()).containsExactly(
                tuple("1", List.of("SKHCN LEAD [\"101/KH-SKHCN\"]")),
                tuple("2", List.of("SDTTG LEAD [\"102/KH-SDTTG\"]", "SKHCN COORDINATOR [\"101/KH-SKHCN\"]")),
                tuple("3", List.of("STC LEAD []")));
        JsonNode departments = rollup.get("departments");
        assertThat(departments.valueStream().map(row -> row.get("departmentCode").asString()).toList())
                .containsExactly("SDTTG", "SKHCN", "STC");
        JsonNode sdttg = departments.get(0);
        assertThat(sdttg.at("/childPlans/0/number").asString()).isEqualTo("102/KH-SDTTG");
        assertThat(Matrix.of(sdttg.at("/childPlanFigures/lead"))).isEqualTo(Matrix.row(0, 0, 0, 0, 0, 0, 1, 0, "null", "null"));
        assertThat(Matrix.of(sdttg.at("/provincialTaskFigures/lead")))
                .isEqualTo(Matrix.row(0, 0, 1, 0, 0, 0, 0, 0, "null", "null"));
        JsonNode skhcn = departments.get(1);
        assertThat(skhcn.get("childPlans").valueStream().map(plan -> plan.get("number").asString()).toList())
                .as("the plan that cites no registered parent is not a child").containsExactly("101/KH-SKHCN");
        assertThat(Matrix.of(skhcn.at("/childPlanFigures/lead"))).as("on time, within the deadline, 16 days overdue")
                .isEqualTo(Matrix.row(1, 0, 1, 0, 1, 16, 0, 0, "50.0", "50.0"));
        assertThat(Matrix.of(skhcn.at("/childPlanFigures/coordinator")))
                .isEqualTo(Matrix.row(0, 0, 1, 0, 0, 0, 0, 0, "null", "null"));
        assertThat(Matrix.of(skhcn.at("/provincialTaskFigures/lead")))
                .isEqualTo(Matrix.row(0, 0, 0, 0, 0, 0, 1, 0, "null", "null"));
        JsonNode stc = departments.get(2);
        assertThat(stc.get("childPlans")).isEmpty();
        assertThat(Matrix.of(stc.at("/childPlanFigures/lead"))).isEqualTo(Matrix.row(0, 0, 0, 0, 0, 0, 0, 0, "null", "null"));
    }

    @Test
    void showsADepartmentsOfficeItsOwnRowOnlyAndNoUnitAnything() throws Exception {
        givenTheProvincialPlanItsChildrenAndTheirAssignments();
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> JSON.readTree(
                get(path(), TestTokens.province()).body()).path("departments").size() == 3);

        JsonNode ofSkhcn = JSON.readTree(get(path(), TestTokens.office("SKHCN")).body());

        assertThat(ofSkhcn.get("departments").valueStream().map(row -> row.get("departmentCode").asString()).toList())
                .containsExactly("SKHCN");
        assertThat(ofSkhcn.get("tasks").valueStream().map(task -> task.get("departments").size()).toList())
                .containsExactly(1, 1, 0);
        assertThat(get(path(), TestTokens.unit("SKHCN.VP")).statusCode()).isEqualTo(403);
        assertThat(get(path(), null).statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(get("/provincial-plans/" + skhcnChild + "/rollup?period=2026-Q4",
                TestTokens.province()).body()).get("title").asString()).isEqualTo("Không tìm thấy kế hoạch của UBND tỉnh");
        assertThat(get("/provincial-plans/" + province + "/rollup?period=2026-Q5", TestTokens.province()).statusCode())
                .isEqualTo(400);
    }

    private String path() {
        return "/provincial-plans/" + province + "/rollup?period=2026-Q4";
    }

    private void givenTheProvincialPlanItsChildrenAndTheirAssignments() {
        planIssued(province, "38/KH-UBND", "UBND", "[]", """
                {"taskId":"T1","number":"1","content":"Tuyên truyền TTHC lĩnh vực KH&CN","leadUnits":["SKHCN.VP"],"coordinatorUnits":["UBND.TTPVHCC"]},
                {"taskId":"T2","number":"2","content":"Tuyên truyền TTHC lĩnh vực dân tộc","leadUnits":["SDTTG.VP"],"coordinatorUnits":["SKHCN.VP"]},
                {"taskId":"T3","number":"3","content":"Bố trí kinh phí","leadUnits":["STC.VP"],"coordinatorUnits":[]}""");
        planIssued(skhcnChild, "101/KH-SKHCN", "SKHCN", "[\"" + province + "\"]", task("SKHCN.VP"));
        planIssued(sdttgChild, "102/KH-SDTTG", "SDTTG", "[\"" + province + "\"]", task("SDTTG.VP"));
        planIssued(unlinked, "103/KH-SKHCN", "SKHCN", "[]", task("SKHCN.VP"));
        try (TaskEventFeed skhcn = new TaskEventFeed(brokers(), skhcnChild, "SKHCN");
                TaskEventFeed sdttg = new TaskEventFeed(brokers(), sdttgChild, "SDTTG");
                TaskEventFeed other = new TaskEventFeed(brokers(), unlinked, "SKHCN");
                TaskEventFeed ubnd = new TaskEventFeed(brokers(), province, "UBND")) {
            skhcn.assigned("SKHCN.QLKH", "T1", "LEAD", "2026-12-31", "FIXED_DEADLINE", "2026-10-01");
            skhcn.assigned("SKHCN.VP", "T2", "LEAD", "2026-11-15", "FIXED_DEADLINE", "2026-10-01");
            skhcn.assigned("SKHCN.QLCN", "T3", "LEAD", "2026-11-30", "FIXED_DEADLINE", "2026-10-01");
            skhcn.assigned("SKHCN.CDS", "T1", "COORDINATOR", "2026-12-31", "FIXED_DEADLINE", "2026-10-01");
            skhcn.accepted("SKHCN.QLCN", "T3", "2026-11-20", "2026-11-25");
            sdttg.assigned("SDTTG.TG", "T1", "LEAD", null, "CONTINUOUS", "2026-10-01");
            other.assigned("SKHCN.VP", "T9", "LEAD", "2026-11-01", "FIXED_DEADLINE", "2026-10-01");
            ubnd.assigned("SKHCN.VP", "T1", "LEAD", null, "CONTINUOUS", "2026-09-20");
            ubnd.assigned("SDTTG.VP", "T2", "LEAD", "2026-12-31", "FIXED_DEADLINE", "2026-09-20");
            ubnd.assigned("SKHCN.VP", "T2", "COORDINATOR", "2026-12-31", "FIXED_DEADLINE", "2026-09-20");
            for (TaskEventFeed feed : List.of(skhcn, sdttg, other, ubnd)) {
                feed.flush();
            }
        }
    }

    private static String task(String lead) {
        return """
                {"taskId":"T1","number":"1","content":"Đăng tải tin bài","leadUnits":["%s"],"coordinatorUnits":[]}"""
                .formatted(lead);
    }

    private void planIssued(String planId, String number, String department, String parents, String tasks) {
        String eventId = UUID.randomUUID().toString();
        topics().sendCloudEvent(Topics.PLAN_ISSUED, planId, eventId, EventTypes.PLAN_ISSUED, """
                {"eventId":"%s","occurredAt":"2026-09-01T02:00:00Z","planId":"%s","number":"%s",
                 "title":"Truyền thông hỗ trợ hoạt động kiểm soát thủ tục hành chính năm 2026","departmentCode":"%s",
                 "issuedOn":"2026-02-05","coverageStart":"2026-01-01","coverageEnd":"2026-12-31",
                 "parentPlans":["38/KH-UBND"],"parentPlanIds":%s,"tasks":[%s]}
                """.formatted(eventId, planId, number, department, parents, tasks));
    }
}
