package vn.dondoc.task.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.dondoc.eventing.testing.InMemoryMongo;
import vn.dondoc.task.plan.IssuedPlan;
import vn.dondoc.task.planning.TaskAssignment;

/** A unit's and a plan's assignment lists over HTTP: by reporting period, and a unit's open work page by page. */
@Import(UnitWorkListApiTest.IssueDay.class)
class UnitWorkListApiTest extends TaskServiceHttpTest {

    /**
     * Assignments are made on 28/08/2025, the day plan 142/KH-SKHCN was issued: an assignment counts
     * only in periods whose cut-off is on or after the day it was made (issue 16).
     */
    @TestConfiguration
    static class IssueDay {
        @Bean
        Clock clock() {
            ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
            return Clock.fixed(LocalDate.of(2025, 8, 28).atTime(9, 0).atZone(zone).toInstant(), zone);
        }
    }


    @Autowired
    TaskAssignment taskAssignment;

    @Autowired
    AssignmentActions actions;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", InMemoryMongo::connectionString);
        registry.add("spring.mongodb.database", () -> "task-unit-work-" + UUID.randomUUID());
    }

    @Test
    void filtersAUnitsAndAPlansAssignmentsByReportingPeriod() throws Exception {
        String planId = UUID.randomUUID().toString();
        taskAssignment.assign(new IssuedPlan(planId, "142/KH-SKHCN", "SKHCN", List.of(
                new IssuedPlan.Task("T25", "2.5", "Báo cáo định kỳ", List.of("SKHCN.TTTT"), List.of(), null,
                        "RECURRING", "Định kỳ hàng quý, năm"),
                new IssuedPlan.Task("T31", "3.1", "Thường xuyên theo dõi", List.of("SKHCN.TTTT"), List.of(), null,
                        "CONTINUOUS", "Thường xuyên"),
                new IssuedPlan.Task("T41", "4.1", "Hoàn thành đề án", List.of("SKHCN.QLCN"), List.of(),
                        LocalDate.of(2025, 10, 31), "FIXED_DEADLINE", "Tháng 10/2025")),
                LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 31), List.of("QUARTER", "YEAR")));

        assertThat(ids("/units/SKHCN.TTTT/assignments?period=2025-Q3"))
                .containsExactly(planId + ":T25:SKHCN.TTTT:2025-Q3", planId + ":T31:SKHCN.TTTT");
        assertThat(ids("/units/SKHCN.TTTT/assignments?open=true&period=2025-Q4"))
                .containsExactly(planId + ":T25:SKHCN.TTTT:2025-Q4", planId + ":T31:SKHCN.TTTT");
        assertThat(ids("/units/SKHCN.TTTT/assignments?period=2025-Q2")).as("before the coverage").isEmpty();
        assertThat(ids("/plans/" + planId + "/assignments?period=2025-Y")).containsExactly(
                planId + ":T25:SKHCN.TTTT:2025-Y", planId + ":T31:SKHCN.TTTT", planId + ":T41:SKHCN.QLCN");
        assertThat(ids("/plans/" + planId + "/assignments?period=2026-Q2"))
                .as("coverage over, the open fixed-deadline task carries over")
                .containsExactly(planId + ":T41:SKHCN.QLCN");
        assertThat(ids("/plans/" + planId + "/assignments")).as("no period: all").hasSize(5);

        for (String path : List.of("/plans/" + planId + "/assignments?period=2025-Q5",
                "/units/SKHCN.TTTT/assignments?period=quý 3")) {
            assertInvalid(path, "period", "Kỳ báo cáo «" + (path.endsWith("Q5") ? "2025-Q5" : "quý 3")
                    + "» không hợp lệ: dùng dạng 2025-M09, 2025-Q3, 2025-H2, 2025-9M hoặc 2025-Y");
        }
    }

    @Test
    void pagesAUnitsOpenWorkByDueDateAndTellsTheTotal() throws Exception {
        String planId = UUID.randomUUID().toString();
        int[] days = {5, 1, 7, 3, 2, 6};
        List<IssuedPlan.Task> tasks = new ArrayList<>();
        for (int i = 0; i < days.length; i++) {
            tasks.add(new IssuedPlan.Task("T" + i, String.valueOf(i), "Nhiệm vụ " + i, List.of("SKHCN.TRANG"),
                    List.of(), LocalDate.of(2026, 6, days[i])));
        }
        tasks.add(new IssuedPlan.Task("T9", "9", "Thường xuyên", List.of("SKHCN.TRANG"), List.of(), null));
        taskAssignment.assign(new IssuedPlan(planId, "7/KH-SKHCN", "SKHCN", tasks));
        String done = Assignment.idOf(planId, "T4", "SKHCN.TRANG");
        actions.act(done, new AssignmentCommand.SubmitResult("Xong"), "trang", "s");
        actions.act(done, new AssignmentCommand.ReviewResult(true, null), "office", "r");
        String byDueDate = "1 3 0 5 2 9";

        HttpResponse<String> everything = response("/units/SKHCN.TRANG/assignments?open=true");
        assertThat(everything.statusCode()).isEqualTo(200);
        assertThat(taskNumbers(everything)).isEqualTo(byDueDate);
        assertThat(everything.headers().firstValue("X-Total-Count")).hasValue("6");

        HttpResponse<String> second = response("/units/SKHCN.TRANG/assignments?open=true&page=1&size=4");
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(taskNumbers(second)).isEqualTo("2 9");
        assertThat(second.headers().firstValue("X-Total-Count")).hasValue("6");
        assertThat(taskNumbers(response("/units/SKHCN.TRANG/assignments?open=true&size=2"))).isEqualTo("1 3");
        assertThat(taskNumbers(response("/units/SKHCN.TRANG/assignments?open=true&page=1&size=2"))).isEqualTo("0 5");
        HttpResponse<String> past = response("/units/SKHCN.TRANG/assignments?open=true&page=3&size=2");
        assertThat(taskNumbers(past)).isEmpty();
        assertThat(past.headers().firstValue("X-Total-Count")).hasValue("6");
        HttpResponse<String> all = response("/units/SKHCN.TRANG/assignments?page=0&size=500");
        assertThat(all.headers().firstValue("X-Total-Count")).as("closed ones too without open=true").hasValue("7");

        assertThat(taskNumbers(response("/units/SKHCN.TRANG/assignments?open=true&page=1")))
                .as("page without size: pages of 100").isEmpty();

        assertInvalid("/units/SKHCN.TRANG/assignments?open=true&page=0&size=0", "size",
                "Số mục mỗi trang (size) phải từ 1 đến 500, nhận được 0", "Trang danh sách không hợp lệ");
        assertInvalid("/units/SKHCN.TRANG/assignments?open=true&page=0&size=501", "size",
                "Số mục mỗi trang (size) phải từ 1 đến 500, nhận được 501", "Trang danh sách không hợp lệ");
        assertInvalid("/units/SKHCN.TRANG/assignments?open=true&page=-1&size=10", "page",
                "Số trang (page) bắt đầu từ 0, nhận được -1", "Trang danh sách không hợp lệ");
        assertInvalid("/units/SKHCN.TRANG/assignments?open=true&page=hai&size=10", "page",
                "Giá trị «hai» của tham số page không hợp lệ");
    }

    @Test
    void pagesAUnitsWorkWithoutADeadlineAfterTheDatedOnesByIdAcrossPages() throws Exception {
        String planId = UUID.randomUUID().toString();
        List<IssuedPlan.Task> tasks = new ArrayList<>();
        for (int i : new int[] {7, 5, 6}) {
            tasks.add(new IssuedPlan.Task("T" + i, String.valueOf(i), "Thường xuyên " + i, List.of("SKHCN.HOA"),
                    List.of(), null));
        }
        for (int i : new int[] {3, 1, 2}) {
            tasks.add(new IssuedPlan.Task("T" + i, String.valueOf(i), "Nhiệm vụ " + i, List.of("SKHCN.HOA"),
                    List.of(), LocalDate.of(2026, 6, 10 - i)));
        }
        taskAssignment.assign(new IssuedPlan(planId, "8/KH-SKHCN", "SKHCN", tasks));
        String done = Assignment.idOf(planId, "T6", "SKHCN.HOA");
        actions.act(done, new AssignmentCommand.SubmitResult("Xong"), "hoa", "s");
        actions.act(done, new AssignmentCommand.ReviewResult(true, null), "office", "r");

        List<String> pages = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            HttpResponse<String> response = response("/units/SKHCN.HOA/assignments?page=" + page + "&size=2");
            assertThat(response.headers().firstValue("X-Total-Count")).hasValue("6");
            pages.add(taskNumbers(response));
        }
        assertThat(pages).as("deadline 7, 8, 9 June, then those without one by id")
                .containsExactly("3 2", "1 5", "6 7");
        assertThat(taskNumbers(response("/units/SKHCN.HOA/assignments?open=true&page=1&size=3"))).isEqualTo("5 7");
        assertThat(taskNumbers(response("/units/SKHCN.HOA/assignments?open=true&page=4&size=1"))).isEqualTo("7");
        assertThat(response("/units/SKHCN.HOA/assignments?open=true&page=0&size=3").headers()
                .firstValue("X-Total-Count")).as("the completed one left out").hasValue("5");
        assertThat(taskNumbers(response("/units/SKHCN.HOA/assignments?open=true&page=5&size=1"))).isEmpty();
    }

    private void assertInvalid(String path, String field, String message) throws Exception {
        assertInvalid(path, field, message, "Yêu cầu không hợp lệ");
    }

    private void assertInvalid(String path, String field, String message, String title) throws Exception {
        HttpResponse<String> response = response(path);
        assertThat(response.statusCode()).as(path).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("title").asString()).isEqualTo(title);
        assertThat(problem.get("detail").asString()).isEqualTo(message);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(field);
        assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo(message);
    }

    private List<String> ids(String path) throws Exception {
        HttpResponse<String> response = response(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).valueStream().map(node -> node.get("id").asString()).toList();
    }

    private static String taskNumbers(HttpResponse<String> response) {
        return String.join(" ", JSON.readTree(response.body()).valueStream()
                .map(node -> node.get("taskNumber").asString()).toList());
    }

}
