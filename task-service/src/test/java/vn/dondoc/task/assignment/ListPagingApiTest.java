package vn.dondoc.task.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.dondoc.eventing.testing.InMemoryMongo;
import vn.dondoc.eventing.testing.TestTokens;
import vn.dondoc.task.plan.IssuedPlan;
import vn.dondoc.task.planning.TaskAssignment;

/**
 * Every list endpoint pages: 100 by default, at most 500, {@code X-Total-Count} over all pages, and
 * another department's assignments (or plans) neither on a page nor counted.
 */
class ListPagingApiTest extends TaskServiceHttpTest {

    private static final int MANY = 105;
    private static final String UNIT = "SKHCN.NHIEU";
    private static final String PLAN = "paging-" + UUID.randomUUID();
    private static final String LEADLESS = "paging-leadless-" + UUID.randomUUID();
    private static final String PROVINCIAL = "paging-ubnd-" + UUID.randomUUID();
    private static boolean seeded;

    @Autowired
    TaskAssignment taskAssignment;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", InMemoryMongo::connectionString);
        registry.add("spring.mongodb.database", () -> "task-paging-" + UUID.randomUUID());
    }

    /**
     * SKHCN: 105 lead assignments of one unit due 1–28/01/2031 and 105 tasks without lead; UBND tỉnh's
     * plan gives SKHCN.VP one (SKHCN's) and SXD.VP one; SXD's own plan: three due earlier than all
     * of SKHCN's and two tasks without lead.
     */
    @BeforeEach
    void seed() {
        if (seeded) {
            return;
        }
        seeded = true;
        List<IssuedPlan.Task> many = new ArrayList<>();
        List<IssuedPlan.Task> leadless = new ArrayList<>();
        for (int i = 0; i < MANY; i++) {
            many.add(new IssuedPlan.Task("T" + i, String.valueOf(i), "Nhiệm vụ " + i, List.of(UNIT), List.of(),
                    LocalDate.of(2031, 1, 1 + i % 28)));
            leadless.add(new IssuedPlan.Task("L" + i, String.valueOf(i), "Chưa giao " + i, List.of(), List.of(),
                    LocalDate.of(2031, 1, 1)));
        }
        taskAssignment.assign(new IssuedPlan(PLAN, "9/KH-SKHCN", "SKHCN", many));
        taskAssignment.assign(new IssuedPlan(LEADLESS, "10/KH-SKHCN", "SKHCN", leadless));
        taskAssignment.assign(new IssuedPlan(PROVINCIAL, "11/KH-UBND", "UBND", List.of(
                new IssuedPlan.Task("U1", "1", "Việc của các sở", List.of("SKHCN.VP", "SXD.VP"), List.of(),
                        LocalDate.of(2031, 1, 1)))));
        taskAssignment.assign(new IssuedPlan("paging-sxd-" + UUID.randomUUID(), "12/KH-SXD", "SXD", List.of(
                new IssuedPlan.Task("X1", "1", "Việc của SXD", List.of("SXD.KT"), List.of(), LocalDate.of(2030, 12, 1)),
                new IssuedPlan.Task("X2", "2", "Việc của SXD", List.of("SXD.KT"), List.of(), LocalDate.of(2030, 12, 2)),
                new IssuedPlan.Task("X3", "3", "Việc của SXD", List.of("SXD.KT"), List.of(), LocalDate.of(2030, 12, 3)),
                new IssuedPlan.Task("X4", "4", "Chưa giao", List.of(), List.of(), null),
                new IssuedPlan.Task("X5", "5", "Chưa giao", List.of(), List.of(), null))));
    }

    @Test
    void aUnitsWorkComesInPagesOfAHundredByDueDate() throws Exception {
        assertPaged("/units/" + UNIT + "/assignments", byDueDate(ids(false)), "id");
    }

    @Test
    void aPlansAssignmentsComeInPagesByIdAndAUnitCountsOnlyItsOwn() throws Exception {
        assertPaged("/plans/" + PLAN + "/assignments",
                IntStream.range(0, MANY).mapToObj(i -> Assignment.idOf(PLAN, "T" + i, UNIT)).sorted().toList(), "id");
        HttpResponse<String> asAnotherUnit = get("/plans/" + PLAN + "/assignments", TestTokens.unit("SKHCN.VP"));
        assertThat(json(asAnotherUnit)).isEmpty();
        assertThat(asAnotherUnit.headers().firstValue("X-Total-Count")).hasValue("0");
    }

    @Test
    void theSearchPagesTheDepartmentsAssignmentsOnlyWithItsUnitOfAProvincialPlan() throws Exception {
        List<String> expected = byDueDate(ids(true));
        assertThat(expected).hasSize(MANY + 1);
        assertPaged("/assignments", expected, "id");
        assertPaged("/assignments?q=nhiem%20vu", byDueDate(ids(false)), "id");
        HttpResponse<String> province = get("/assignments?size=500", TestTokens.province());
        assertThat(province.headers().firstValue("X-Total-Count")).hasValue(String.valueOf(MANY + 5));
        assertThat(values(get("/assignments?planDepartment=UBND", TestTokens.office()), "id"))
                .as("what UBND tỉnh directs, behind SKHCN's wall")
                .containsExactly(Assignment.idOf(PROVINCIAL, "U1", "SKHCN.VP"));
        assertThat(values(get("/assignments?planDepartment=UBND", TestTokens.province()), "unitCode"))
                .containsExactly("SKHCN.VP", "SXD.VP");
        HttpResponse<String> ownPlans = get("/assignments?planDepartment=SKHCN&extensionPending=false",
                TestTokens.office());
        assertThat(ownPlans.headers().firstValue("X-Total-Count")).hasValue(String.valueOf(MANY));
        HttpResponse<String> pending = get("/assignments?extensionPending=true", TestTokens.office());
        assertThat(pending.headers().firstValue("X-Total-Count")).hasValue("0");
    }

    @Test
    void theOverdueListIsTheDepartmentsMostDaysOverdueFirst() throws Exception {
        assertPaged("/overdue?asOf=2031-03-01", byDueDate(ids(true)), "id");
    }

    @Test
    void dueSoonIsTheDepartmentsWorkDueWithinTheWindow() throws Exception {
        assertPaged("/due-soon?asOf=2031-01-01&days=31", byDueDate(ids(true)), "id");
        List<String> threeDays = byDueDate(ids(true)).stream()
                .filter(id -> id.contains(":U1:") || Integer.parseInt(id.split(":T")[1].split(":")[0]) % 28 < 4)
                .toList();
        HttpResponse<String> response = get("/due-soon?asOf=2031-01-01", TestTokens.office());
        assertThat(values(response, "id")).isEqualTo(threeDays);
        assertThat(threeDays).hasSize(17);
        HttpResponse<String> tooLong = get("/due-soon?days=32", TestTokens.office());
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(json(tooLong).get("errors").get(0).get("field").asString()).isEqualTo("days");
    }

    @Test
    void theNeedsAssignmentListIsTheDepartmentsPlansPageByPage() throws Exception {
        assertPaged("/needs-assignment", IntStream.range(0, MANY).mapToObj(i -> "L" + i).toList(), "taskId");
    }

    /**
     * As SKHCN's office: 100 by default with the total, the second page, 400 for size 501 and page -1,
     * and not one item of another department on any page.
     */
    private void assertPaged(String path, List<String> expected, String field) throws Exception {
        String separator = path.contains("?") ? "&" : "?";
        HttpResponse<String> first = get(path, TestTokens.office());
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(values(first, field)).as(path).isEqualTo(expected.subList(0, 100));
        assertThat(first.headers().firstValue("X-Total-Count")).as(path).hasValue(String.valueOf(expected.size()));
        HttpResponse<String> second = get(path + separator + "page=1", TestTokens.office());
        assertThat(values(second, field)).as(path).isEqualTo(expected.subList(100, expected.size()));
        assertThat(second.headers().firstValue("X-Total-Count")).hasValue(String.valueOf(expected.size()));
        HttpResponse<String> small = get(path + separator + "page=2&size=7", TestTokens.office());
        assertThat(values(small, field)).as(path).isEqualTo(expected.subList(14, 21));
        HttpResponse<String> whole = get(path + separator + "size=500", TestTokens.office());
        assertThat(values(whole, field)).as(path).isEqualTo(expected);
        assertThat(values(whole, field)).noneMatch(value -> value.contains("SXD") || value.startsWith("X"));

        HttpResponse<String> tooBig = get(path + separator + "size=501", TestTokens.office());
        assertThat(tooBig.statusCode()).isEqualTo(400);
        assertThat(tooBig.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json(tooBig);
        assertThat(problem.get("detail").asString()).isEqualTo("Số mục mỗi trang (size) phải từ 1 đến 500, nhận được 501");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("size");
        HttpResponse<String> negative = get(path + separator + "page=-1", TestTokens.office());
        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(json(negative).get("errors").get(0).get("field").asString()).isEqualTo("page");
    }

    /** This class's SKHCN assignments: the unit's 105, and with {@code provincial} SKHCN.VP's of UBND tỉnh's plan. */
    private static List<String> ids(boolean provincial) {
        List<String> ids = new ArrayList<>(IntStream.range(0, MANY)
                .mapToObj(i -> Assignment.idOf(PLAN, "T" + i, UNIT)).toList());
        if (provincial) {
            ids.add(Assignment.idOf(PROVINCIAL, "U1", "SKHCN.VP"));
        }
        return ids;
    }

    /** Sorted as the service sorts: due date (01/01 + n % 28), then id. */
    private static List<String> byDueDate(List<String> ids) {
        return ids.stream().sorted(Comparator.comparing((String id) -> id.contains(":U1:") ? 0
                : Integer.parseInt(id.split(":T")[1].split(":")[0]) % 28).thenComparing(id -> id)).toList();
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", TestTokens.bearer(token)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> values(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).valueStream().map(node -> node.get(field).asString()).toList();
    }
}
