package vn.dondoc.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import tools.jackson.databind.JsonNode;
import vn.dondoc.contracts.AssignmentRole;
import vn.dondoc.contracts.ReportDue;
import vn.dondoc.eventing.testing.TestTokens;
import vn.dondoc.reporting.obligation.ReportObligation;
import vn.dondoc.reporting.unitfigures.AssignedTask;
import vn.dondoc.reporting.unitfigures.LifecycleFact;

/**
 * Every list of reporting-service comes a page at a time (size 1–500, 100 by default) with the total
 * in {@code X-Total-Count}; the department is in the store's query, so another department's units are
 * neither on the page nor counted; an invalid page is a 400 problem detail on every endpoint.
 */
class ReportingListPagingTest extends ReportingHttpTest {

    @Autowired
    MongoOperations mongo;

    private final String department = "RP" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private final String neighbour = "RQ" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    @Test
    void unitCountsComeAHundredUnitsAtATimeByCodeOfTheCallersDepartmentOnly() throws Exception {
        for (int i = 0; i < 130; i++) {
            String unit = department + ".U" + String.format("%03d", i);
            assign(unit, "A", AssignmentRole.LEAD);
            assign(unit, "B", AssignmentRole.COORDINATOR);
        }
        assign(neighbour + ".U000", "A", AssignmentRole.LEAD);
        String changed = department + ".U120";
        mongo.insert(new LifecycleFact(UUID.randomUUID().toString(), "P9:B:" + changed, changed,
                LifecycleFact.Kind.ROLE_CHANGED, Instant.parse("2026-11-01T01:00:00Z"), LocalDate.of(2026, 11, 1), null,
                AssignmentRole.LEAD));

        HttpResponse<String> first = get("/units/counts", TestTokens.office(department));
        HttpResponse<String> second = get("/units/counts?page=1", TestTokens.office(department));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(first.headers().firstValue("X-Total-Count")).hasValue("130");
        assertThat(second.headers().firstValue("X-Total-Count")).hasValue("130");
        List<String> units = new ArrayList<>(codes(first));
        assertThat(units).hasSize(100).isSorted().allMatch(unit -> unit.startsWith(department + "."));
        assertThat(codes(second)).hasSize(30).allMatch(unit -> unit.startsWith(department + "."));
        units.addAll(codes(second));
        assertThat(units).doesNotHaveDuplicates().hasSize(130);
        JsonNode roleChanged = JSON.readTree(second.body()).get(20);
        assertThat(roleChanged.get("unitCode").asString()).isEqualTo(changed);
        assertThat(roleChanged.get("lead").asLong()).as("the role it holds now").isEqualTo(2);
        assertThat(roleChanged.get("coordinator").asLong()).isZero();
        assertThat(codes(get("/units/counts?size=7&page=18", TestTokens.office(department)))).hasSize(4);
    }

    @Test
    void theProvinceCountsEveryDepartmentsUnits() throws Exception {
        assign(department + ".VP", "A", AssignmentRole.LEAD);
        assign(neighbour + ".VP", "A", AssignmentRole.LEAD);

        HttpResponse<String> all = get("/units/counts?size=500", TestTokens.province());

        assertThat(codes(all)).contains(department + ".VP", neighbour + ".VP");
        assertThat(all.headers().firstValue("X-Total-Count")).hasValue(String.valueOf(codes(all).size()));
        HttpResponse<String> own = get("/units/counts", TestTokens.leadership(neighbour));
        assertThat(codes(own)).containsExactly(neighbour + ".VP");
        assertThat(own.headers().firstValue("X-Total-Count")).hasValue("1");
    }

    @Test
    void aUnitsReportsDueArePagedByDueDate() throws Exception {
        String unit = department + ".QLKH";
        for (int month = 1; month <= 12; month++) {
            LocalDate due = LocalDate.of(2026, month, 20);
            mongo.insert(new ReportObligation(ReportObligation.idOf(unit, "2026-M" + month,
                    ReportDue.ReportLevel.UNIT_TO_OFFICE), unit, "2026-M" + month, "Tháng " + month + "/2026",
                    due.minusMonths(1), due.minusDays(6), due, ReportDue.ReportLevel.UNIT_TO_OFFICE, List.of(),
                    department, "hang-thang", "MONTH"));
        }

        HttpResponse<String> page = get("/units/" + unit + "/reports-due?size=5&page=1", TestTokens.unit(unit));

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.headers().firstValue("X-Total-Count")).hasValue("12");
        assertThat(JSON.readTree(page.body()).valueStream().map(due -> due.get("dueDate").asString()).toList())
                .containsExactly("2026-06-20", "2026-07-20", "2026-08-20", "2026-09-20", "2026-10-20");
        assertThat(JSON.readTree(get("/units/" + unit + "/reports-due", TestTokens.unit(unit)).body())).hasSize(12);
    }

    @Test
    void aPageLargerThanFiveHundredIsA400NamingSizeOnEveryListEndpoint() throws Exception {
        for (String path : List.of("/units/counts?size=501", "/units/SKHCN.VP/reports-due?size=501",
                "/units/counts?page=-1")) {
            HttpResponse<String> refused = get(path, TestTokens.office());

            assertThat(refused.statusCode()).as(path).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            JsonNode problem = JSON.readTree(refused.body());
            assertThat(problem.get("title").asString()).isEqualTo("Trang danh sách không hợp lệ");
            assertThat(problem.get("errors").get(0).get("field").asString()).as(path)
                    .isEqualTo(path.contains("page=-1") ? "page" : "size");
        }
    }

    private void assign(String unit, String task, AssignmentRole role) {
        mongo.insert(new AssignedTask("P9:" + task + ":" + unit, unit, role, "P9", task, LocalDate.of(2026, 12, 31),
                UUID.randomUUID().toString(), LocalDate.of(2026, 10, 1), "FIXED_DEADLINE"));
    }

    private static List<String> codes(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).valueStream().map(counts -> counts.get("unitCode").asString()).toList();
    }
}
