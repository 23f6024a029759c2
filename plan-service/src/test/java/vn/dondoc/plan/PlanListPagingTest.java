package vn.dondoc.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dondoc.contracts.Topics;
import vn.dondoc.eventing.testing.InMemoryMongo;
import vn.dondoc.eventing.testing.TestTokens;
import vn.dondoc.plan.draft.PlanDraft;
import vn.dondoc.plan.draft.PlanDrafts;
import vn.dondoc.plan.plan.Plan;
import vn.dondoc.plan.plan.PlanStatus;
import vn.dondoc.plan.plan.PlanTask;
import vn.dondoc.plan.plan.Plans;

/**
 * Every list of plan-service comes a page at a time (size 1–500, 100 by default) with the total in
 * {@code X-Total-Count}, the department wall and the filters in the store's query.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=plan-service",
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}"})
@EmbeddedKafka(partitions = 1, topics = {Topics.PLAN_ISSUED, Topics.PLAN_AMENDED, Topics.PLAN_WITHDRAWN})
class PlanListPagingTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    Plans plans;

    @Autowired
    PlanDrafts drafts;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", InMemoryMongo::connectionString);
        registry.add("spring.mongodb.database", () -> "plan-paging-test-" + UUID.randomUUID());
    }

    @Test
    void aDepartmentsPlansComeAHundredAtATimeNewestFirstWithTheTotalAndNoneOfAnotherDepartment() throws Exception {
        LocalDate first = LocalDate.of(2026, 1, 1);
        for (int i = 0; i < 130; i++) {
            plans.insert(plan("SPA", i + "/KH-SPA", "Kế hoạch " + i, first.plusDays(i / 2), PlanStatus.ISSUED, null));
        }
        plans.insert(plan("SPB", "1/KH-SPB", "Kế hoạch của sở khác", first.plusDays(300), PlanStatus.ISSUED, null));

        HttpResponse<String> firstPage = get("/plans?department=SPA", TestTokens.office("SPA"));
        HttpResponse<String> secondPage = get("/plans?department=SPA&page=1", TestTokens.office("SPA"));

        assertThat(firstPage.statusCode()).isEqualTo(200);
        assertThat(firstPage.headers().firstValue("X-Total-Count")).hasValue("130");
        assertThat(secondPage.headers().firstValue("X-Total-Count")).hasValue("130");
        List<String> numbers = new ArrayList<>(numbers(firstPage));
        assertThat(numbers).hasSize(100);
        assertThat(numbers(secondPage)).hasSize(30);
        numbers.addAll(numbers(secondPage));
        assertThat(new HashSet<>(numbers)).as("no plan on two pages").hasSize(130);
        assertThat(numbers).allMatch(number -> number.endsWith("/KH-SPA"));
        List<String> issued = JSON.readTree(firstPage.body()).valueStream().map(p -> p.get("issuedOn").asString()).toList();
        assertThat(issued).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(numbers(get("/plans?department=SPA&page=6&size=20", TestTokens.province()))).hasSize(10);
        assertThat(numbers(get("/plans?department=SPA&page=7&size=20", TestTokens.province()))).isEmpty();
    }

    @Test
    void theYearStatusAndTextFiltersAreCountedInTheTotal() throws Exception {
        plans.insert(plan("SPF", "257/KH-SPF", "Kiểm soát thủ tục hành chính năm 2025", LocalDate.of(2025, 3, 1),
                PlanStatus.ISSUED, null));
        plans.insert(plan("SPF", "12/KH-SPF", "Chuyển đổi số", LocalDate.of(2025, 5, 1), PlanStatus.WITHDRAWN, null));
        plans.insert(plan("SPF", "3/KH-SPF", "Đổi mới sáng tạo", LocalDate.of(2026, 2, 1), PlanStatus.ISSUED, null));
        plans.insert(plan("SPG", "258/KH-SPG", "Kiểm soát thủ tục hành chính", LocalDate.of(2025, 3, 1),
                PlanStatus.ISSUED, null));
        String office = TestTokens.office("SPF");

        HttpResponse<String> byText = get("/plans?department=SPF&q=kiem%20soat%20THU%20tuc", office);
        assertThat(numbers(byText)).containsExactly("257/KH-SPF");
        assertThat(byText.headers().firstValue("X-Total-Count")).hasValue("1");
        assertThat(numbers(get("/plans?department=SPF&q=%C4%91oi%20moi", office))).containsExactly("3/KH-SPF");
        assertThat(numbers(get("/plans?department=SPF&q=12/kh", office))).containsExactly("12/KH-SPF");
        HttpResponse<String> byYear = get("/plans?department=SPF&year=2025", office);
        assertThat(numbers(byYear)).containsExactly("12/KH-SPF", "257/KH-SPF");
        assertThat(byYear.headers().firstValue("X-Total-Count")).hasValue("2");
        assertThat(numbers(get("/plans?department=SPF&year=2025&status=WITHDRAWN", office))).containsExactly("12/KH-SPF");
        assertThat(numbers(get("/plans?department=SPF&q=(kh", office))).isEmpty();
    }

    @Test
    void childPlansArePagedAndOnlyTheCallersDepartmentsAreListedOrCounted() throws Exception {
        for (int i = 0; i < 3; i++) {
            plans.insert(plan("SPC", (40 + i) + "/KH-SPC", "Con " + i, LocalDate.of(2026, 3, 1 + i), PlanStatus.ISSUED,
                    "77/KH-UBND"));
        }
        plans.insert(plan("SPD", "40/KH-SPD", "Con của sở khác", LocalDate.of(2026, 3, 9), PlanStatus.ISSUED,
                "77/KH-UBND"));

        HttpResponse<String> own = get("/plans?parent=77/KH-UBND&size=2", TestTokens.office("SPC"));
        HttpResponse<String> second = get("/plans?parent=77/KH-UBND&size=2&page=1", TestTokens.office("SPC"));
        HttpResponse<String> province = get("/plans?parent=77/KH-UBND", TestTokens.province());

        assertThat(numbers(own)).containsExactly("42/KH-SPC", "41/KH-SPC");
        assertThat(own.headers().firstValue("X-Total-Count")).hasValue("3");
        assertThat(numbers(second)).containsExactly("40/KH-SPC");
        assertThat(numbers(province)).containsExactly("40/KH-SPD", "42/KH-SPC", "41/KH-SPC", "40/KH-SPC");
        assertThat(province.headers().firstValue("X-Total-Count")).hasValue("4");
    }

    @Test
    void openDraftsArePagedWithinTheCallersDepartment() throws Exception {
        Instant at = Instant.parse("2026-11-20T01:00:00Z");
        for (int i = 0; i < 3; i++) {
            drafts.insert(new PlanDraft("draft-spe-" + i, "SPE", null, List.of(), null, List.of(),
                    PlanDraft.Status.DRAFT, at.plusSeconds(i), null));
        }
        drafts.insert(new PlanDraft("draft-spe-issued", "SPE", null, List.of(), null, List.of(),
                PlanDraft.Status.ISSUED, at, null));
        drafts.insert(new PlanDraft("draft-sph", "SPH", null, List.of(), null, List.of(),
                PlanDraft.Status.DRAFT, at, null));

        HttpResponse<String> page = get("/plan-drafts?size=2", TestTokens.office("SPE"));
        HttpResponse<String> next = get("/plan-drafts?size=2&page=1", TestTokens.office("SPE"));

        assertThat(ids(page)).containsExactly("draft-spe-2", "draft-spe-1");
        assertThat(page.headers().firstValue("X-Total-Count")).hasValue("3");
        assertThat(ids(next)).containsExactly("draft-spe-0");
        assertThat(ids(get("/plan-drafts", TestTokens.office("SPE")))).hasSize(3);
    }

    @Test
    void aDepartmentsUnitsArePagedByCode() throws Exception {
        HttpResponse<String> all = get("/departments/SKHCN/units", TestTokens.office());
        HttpResponse<String> two = get("/departments/SKHCN/units?size=2&page=1", TestTokens.office());

        int total = JSON.readTree(all.body()).size();
        assertThat(total).isGreaterThan(4);
        assertThat(all.headers().firstValue("X-Total-Count")).hasValue(String.valueOf(total));
        assertThat(two.headers().firstValue("X-Total-Count")).hasValue(String.valueOf(total));
        assertThat(JSON.readTree(two.body()).valueStream().map(unit -> unit.get("code").asString()).toList())
                .containsExactly(JSON.readTree(all.body()).get(2).get("code").asString(),
                        JSON.readTree(all.body()).get(3).get("code").asString());
    }

    @Test
    void aPageLargerThanFiveHundredOrBeforeTheFirstIsA400NamingTheParameter() throws Exception {
        for (String path : List.of("/plans?department=SKHCN&size=501", "/plans?parent=77/KH-UBND&size=501",
                "/plan-drafts?size=501", "/departments/SKHCN/units?size=501")) {
            HttpResponse<String> refused = get(path, TestTokens.office());
            assertThat(refused.statusCode()).as(path).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            JsonNode problem = JSON.readTree(refused.body());
            assertThat(problem.get("title").asString()).isEqualTo("Trang danh sách không hợp lệ");
            assertThat(problem.get("errors").get(0).get("field").asString()).as(path).isEqualTo("size");
        }
        JsonNode before = JSON.readTree(get("/plans?department=SKHCN&page=-1", TestTokens.office()).body());
        assertThat(before.get("errors").get(0).get("field").asString()).isEqualTo("page");
    }

    private static Plan plan(String department, String number, String title, LocalDate issuedOn, PlanStatus status,
            String parent) {
        return new Plan(UUID.randomUUID().toString(), number, title, department, issuedOn,
                List.of(new PlanTask("T1", "1", "Nội dung", List.of(department + ".VP"), List.of(), null, null, null)),
                status, Instant.now(), List.of(), null, null, null, null, null, parent == null ? null : List.of(parent),
                1, null);
    }

    private static List<String> numbers(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).valueStream().map(plan -> plan.get("number").asString()).toList();
    }

    private static List<String> ids(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).valueStream().map(draft -> draft.get("id").asString()).toList();
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", TestTokens.bearer(token)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
