package vn.dondoc.webapp;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.dondoc.webapp.services.Assignment;
import vn.dondoc.webapp.services.ListSlice;
import vn.dondoc.webapp.services.NotificationClient;
import vn.dondoc.webapp.services.Plan;
import vn.dondoc.webapp.services.PlanClient;
import vn.dondoc.webapp.services.ReportingClient;
import vn.dondoc.webapp.services.ServiceProblem;
import vn.dondoc.webapp.services.ServiceUnavailableException;
import vn.dondoc.webapp.services.ListSlice;
import vn.dondoc.webapp.services.TaskClient;

@SpringBootTest(properties = "spring.config.name=web")
@AutoConfigureMockMvc
@Import(TestRegistration.class)
class WebPagesTest {

    @Autowired
    MockMvc mvc;

    static final String[] ALL_KINDS = {"TASK_ASSIGNED", "TASK_DUE_SOON", "TASK_OVERDUE", "TASK_REMINDER",
            "RESULT_RETURNED", "EXTENSION_DECIDED", "ROLE_CHANGED", "TASK_WITHDRAWN", "PLAN_AMENDED", "PLAN_WITHDRAWN",
            "REPORT_DUE"};

    @MockitoBean
    TaskClient tasks;
    @MockitoBean
    PlanClient plans;
    @MockitoBean
    NotificationClient notifications;
    @MockitoBean
    ReportingClient reporting;

    @BeforeEach
    void directory() {
        when(plans.unitsOf("SKHCN")).thenReturn(PageFixtures.units());
        when(plans.plan("plan-1")).thenReturn(PageFixtures.plan());
        when(notifications.unread("SKHCN.VP")).thenReturn(3L);
        when(plans.plansOf(anyString(), any(), any(), any(), anyInt(), anyInt()))
                .thenReturn(new ListSlice<>(List.of(), 0, 50, 0));
        when(plans.openDrafts(anyInt(), anyInt())).thenReturn(new ListSlice<>(List.of(), 0, 50, 0));
        when(notifications.inbox(anyString(), anyInt(), anyInt())).thenReturn(new ListSlice<>(List.of(), 0, 50, 0));
        when(notifications.deliveries(anyInt(), anyInt())).thenReturn(new ListSlice<>(List.of(), 0, 100, 0));
    }

    @Test
    void theInboxAndTheDeliveryLogShowOnePageWithAPager() throws Exception {
        when(notifications.inbox("SKHCN.VP", 2, 50)).thenReturn(new ListSlice<>(List.of(
                new vn.dondoc.webapp.services.Notification("n101", "SKHCN.VP", "TASK_ASSIGNED", "Nhiệm vụ cũ", "Nội dung",
                        java.time.Instant.parse("2026-10-01T01:00:00Z"), false)), 2, 50, 101));

        mvc.perform(get("/inbox?page=2").with(TestUsers.unit("SKHCN.VP"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Nhiệm vụ cũ"), containsString("Mục 101–101 trên 101, trang 3/3"),
                        containsString("href=\"/inbox?page=1\""), not(containsString("Trang sau")),
                        containsString("hx-post=\"/inbox/n101/read?page=2\""))));
        mvc.perform(post("/inbox/n101/read?page=2").with(TestUsers.unit("SKHCN.VP")).with(csrf()))
                .andExpect(redirectedUrl("/inbox?page=2"));
        when(notifications.deliveries(0, 100)).thenReturn(new ListSlice<>(List.of(), 0, 100, 250));
        mvc.perform(get("/admin").with(TestUsers.office())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("trang 1/3"), containsString("href=\"/admin?page=1\""))));
    }

    @Test
    void aSignedOutPersonIsSentToSignInWithPkce() throws Exception {
        mvc.perform(get("/work")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/oauth2/authorization/dondoc"));
        mvc.perform(get("/oauth2/authorization/dondoc")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", allOf(startsWith("http://idp.test/oauth2/authorize"),
                        containsString("code_challenge="), containsString("code_challenge_method=S256"))));
    }

    @Test
    void anHtmxRequestWithoutSessionMakesTheBrowserLoadThePage() throws Exception {
        mvc.perform(post("/inbox/x/read").with(csrf()).header("HX-Request", "true")
                        .header("HX-Current-URL", "http://localhost:8080/inbox"))
                .andExpect(status().isUnauthorized()).andExpect(header().string("HX-Redirect", "http://localhost:8080/inbox"));
    }

    @Test
    void aUnitSeesItsOpenWorkWithBadgesAndTheHeader() throws Exception {
        when(tasks.openWorkOf("SKHCN.VP", 0)).thenReturn(new ListSlice<>(List.of(
                PageFixtures.assignment("a1", "SKHCN.VP", "NOT_STARTED", "OVERDUE", 5),
                PageFixtures.assignment("a2", "SKHCN.VP", "IN_PROGRESS", "DUE_SOON", 0),
                PageFixtures.assignment("a3", "SKHCN.VP", "IN_PROGRESS", "WITHIN_DEADLINE", 0)), 0, 50, 3));

        mvc.perform(get("/work").with(TestUsers.unit("SKHCN.VP"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Việc của đơn vị"), containsString("Quá hạn 5 ngày"),
                        containsString("Sắp đến hạn"), containsString("Trong hạn"), containsString("31/12/2026"),
                        containsString("Sở Khoa học và Công nghệ"), containsString("Văn phòng Sở"),
                        containsString("Lê Văn Đơn Vị"), containsString("Đăng xuất"),
                        containsString("name=\"csrf-token\""), containsString("/dist/htmx.min.js"),
                        not(containsString("Phân trang")))));
    }

    @Test
    void aUnitPagesThroughWorkLongerThanAPage() throws Exception {
        when(tasks.openWorkOf("SKHCN.VP", 1)).thenReturn(new ListSlice<>(List.of(
                PageFixtures.assignment("a51", "SKHCN.VP", "IN_PROGRESS", "WITHIN_DEADLINE", 0)), 1, 50, 120));

        mvc.perform(get("/work?page=1").with(TestUsers.unit("SKHCN.VP"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("/assignments/a51"),
                        containsString("Mục 51–51 trên 120, trang 2/3"), containsString("href=\"/work?page=0\""),
                        containsString("href=\"/work?page=2\""))));
    }

    @Test
    void theLeadUnitSeesItsActionsAndTheProvinceSeesNone() throws Exception {
        when(tasks.one("a1")).thenReturn(PageFixtures.assignment("a1", "SKHCN.VP", "NOT_STARTED", "WITHIN_DEADLINE", 0));

        mvc.perform(get("/assignments/a1").with(TestUsers.unit("SKHCN.VP"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Xác nhận tiếp nhận"), containsString("Gửi kết quả"),
                        containsString("Từ chối nhiệm vụ"), containsString("Đề nghị gia hạn"),
                        containsString("Kế hoạch kiểm soát thủ tục hành chính năm 2026"))));
        mvc.perform(get("/assignments/a1").with(TestUsers.province())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Rà soát"), not(containsString("Thao tác")),
                        not(containsString("<button type=\"submit\" class=\"primary\"")))));
    }

    @Test
    void theProvinceAcceptsResultsOfItsOwnPlansTheSoDoesNot() throws Exception {
        Assignment submitted = PageFixtures.assignment("a2", "SKHCN.VP", "SUBMITTED", "WITHIN_DEADLINE", 0);
        Assignment ofTheProvince = new Assignment(submitted.id(), submitted.planId(), "22/KH-UBND",
                submitted.taskNumber(), submitted.taskContent(), submitted.unitCode(), submitted.role(),
                submitted.leadUnits(), submitted.dueDate(), submitted.originalDueDate(), submitted.status(),
                submitted.statusLabel(), 100, submitted.dueDate(), "Đã rà soát", null, 0, null, submitted.derived(),
                List.of(), submitted.timeframeKind(), null, "UBND");
        when(tasks.one("a2")).thenReturn(ofTheProvince);
        when(tasks.one("a3")).thenReturn(submitted);

        mvc.perform(get("/assignments/a2").with(TestUsers.province())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Xác nhận kết quả")));
        mvc.perform(get("/assignments/a2").with(TestUsers.office())).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Xác nhận kết quả"))));
        mvc.perform(get("/assignments/a3").with(TestUsers.office())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Xác nhận kết quả")));
        mvc.perform(get("/assignments/a3").with(TestUsers.province())).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Xác nhận kết quả"))));
    }

    @Test
    void anotherUnitsAssignmentIsARefusalPage() throws Exception {
        when(tasks.one("a1")).thenThrow(new ServiceProblem(403, "Không có quyền thực hiện",
                "Chỉ đơn vị SKHCN.VP được xem phân công của mình", List.of()));

        mvc.perform(get("/assignments/a1").with(TestUsers.unit("SKHCN.QLKH"))).andExpect(status().isForbidden())
                .andExpect(content().string(allOf(containsString("Bạn không có quyền xem hoặc thực hiện việc này"),
                        containsString("Chỉ đơn vị SKHCN.VP được xem phân công của mình"),
                        containsString("Lê Văn Đơn Vị"), containsString("Đăng xuất"))));
    }

    @Test
    void anActionSendsItsIdempotencyKeyAndARefusalIsShownNextToItsField() throws Exception {
        when(tasks.one("a1")).thenReturn(PageFixtures.assignment("a1", "SKHCN.VP", "IN_PROGRESS", "WITHIN_DEADLINE", 0));
        when(tasks.act(eq("a1"), eq("result"), any(), eq("k-1"))).thenThrow(new ServiceProblem(400,
                "Yêu cầu không hợp lệ", "Cần nêu kết quả thực hiện",
                List.of(new ServiceProblem.FieldError("summary", "Cần nêu kết quả thực hiện"))));

        mvc.perform(post("/assignments/a1/result").with(TestUsers.unit("SKHCN.VP")).with(csrf())
                        .param("key", "k-1").param("summary", " "))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(allOf(containsString("id=\"summary-error\""),
                        containsString("Cần nêu kết quả thực hiện"))));
    }

    @Test
    void aDoneActionRedirectsWithoutJavaScriptAndAnswersTheFragmentToHtmx() throws Exception {
        when(tasks.act(eq("a1"), eq("acknowledge"), any(), eq("k-2")))
                .thenReturn(PageFixtures.assignment("a1", "SKHCN.VP", "IN_PROGRESS", "WITHIN_DEADLINE", 0));

        mvc.perform(post("/assignments/a1/acknowledge").with(TestUsers.unit("SKHCN.VP")).with(csrf()).param("key", "k-2"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/assignments/a1"));
        mvc.perform(post("/assignments/a1/acknowledge").with(TestUsers.unit("SKHCN.VP")).with(csrf())
                        .param("key", "k-2").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(startsWith("<div id=\"assignment-panel\""),
                        containsString("Đã xác nhận tiếp nhận nhiệm vụ."), not(containsString("<html")))));
    }

    @Test
    void aPostWithoutCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        mvc.perform(post("/assignments/a1/acknowledge").with(TestUsers.unit("SKHCN.VP")).header("HX-Request", "true"))
                .andExpect(status().isForbidden());
        verify(tasks, never()).act(anyString(), anyString(), any(), any());
    }

    @Test
    void aServiceThatIsDownGivesAVietnameseMessage() throws Exception {
        when(tasks.openWorkOf("SKHCN.VP", 0)).thenThrow(new ServiceUnavailableException("nhiệm vụ", null));

        mvc.perform(get("/work").with(TestUsers.unit("SKHCN.VP"))).andExpect(status().isServiceUnavailable())
                .andExpect(content().string(allOf(containsString("Dịch vụ nhiệm vụ tạm thời không phản hồi"),
                        not(containsString("Exception")))));
    }

    @Test
    void theOfficeIsSentToTheDashboardAndAUnitToItsWork() throws Exception {
        mvc.perform(get("/").with(TestUsers.office())).andExpect(redirectedUrl("/dashboard"));
        mvc.perform(get("/").with(TestUsers.unit("SKHCN.VP"))).andExpect(redirectedUrl("/work"));
        mvc.perform(get("/").with(TestUsers.province())).andExpect(redirectedUrl("/plans"));
    }

    @Test
    void theReviewPageListsResultsAwaitingAcceptance() throws Exception {
        when(tasks.submitted("SKHCN", 0)).thenReturn(new ListSlice<>(List.of(
                PageFixtures.assignment("a1", "SKHCN.VP", "SUBMITTED", "WITHIN_DEADLINE", 0)), 0, 50, 1));
        when(tasks.extensionRequests("SKHCN", 0)).thenReturn(new ListSlice<>(List.of(), 0, 50, 0));
        when(tasks.needingAssignment(0)).thenReturn(new ListSlice<>(List.of(), 0, 50, 0));

        mvc.perform(get("/review").with(TestUsers.office())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Kết quả chờ xác nhận"),
                        containsString("Văn phòng Sở"), containsString("Xem và xác nhận"),
                        not(containsString("Việc của đơn vị")), not(containsString("Hộp thư")))));
    }

    @Test
    void thePlanPageShowsTheGridWithUnitNames() throws Exception {
        when(tasks.ofPlan("plan-1")).thenReturn(List.of(
                PageFixtures.assignment("a1", "SKHCN.VP", "IN_PROGRESS", "WITHIN_DEADLINE", 0)));

        mvc.perform(get("/plans/plan-1").with(TestUsers.office())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("257/KH-SKHCN"), containsString("Văn phòng Sở"),
                        containsString("Phòng Quản lý khoa học"), containsString("Đang thực hiện"),
                        containsString("Thu hồi kế hoạch"))));
    }

    @Test
    void theInboxMarksAMessageReadInPlace() throws Exception {
        when(notifications.inbox("SKHCN.VP", 0, 50)).thenReturn(new ListSlice<>(List.of(
                new vn.dondoc.webapp.services.Notification("n1", "SKHCN.VP", "TASK_ASSIGNED", "Nhiệm vụ mới", "Nội dung",
                        java.time.Instant.parse("2026-12-01T01:00:00Z"), false)), 0, 50, 1));

        mvc.perform(get("/inbox").with(TestUsers.unit("SKHCN.VP"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Nhiệm vụ mới"), containsString("01/12/2026 08:00"),
                        containsString("Đánh dấu đã đọc"))));
        mvc.perform(post("/inbox/n1/read").with(TestUsers.unit("SKHCN.VP")).with(csrf()).header("HX-Request", "true"))
                .andExpect(status().isOk()).andExpect(content().string(startsWith("<div id=\"messages\"")));
        verify(notifications).markRead("SKHCN.VP", "n1");
    }

    @Test
    void theWebjarAndTheFontAreServedWithoutSignIn() throws Exception {
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
        mvc.perform(get("/fonts/OpenSans-Regular.ttf")).andExpect(status().isOk());
        mvc.perform(get("/css/app.css")).andExpect(status().isOk());
    }

    @Test
    void anEmailsTaskLinkTakesAUnitToItsAssignmentAndTheOfficeToThePlan() throws Exception {
        when(tasks.ofPlan("plan-1")).thenReturn(List.of(
                PageFixtures.assignment("plan-1:T1:SKHCN.QLKH", "SKHCN.QLKH", "IN_PROGRESS", "WITHIN_DEADLINE", 0),
                PageFixtures.assignment("plan-1:T1:SKHCN.VP", "SKHCN.VP", "IN_PROGRESS", "WITHIN_DEADLINE", 0)));

        mvc.perform(get("/plans/plan-1/tasks/T1").with(TestUsers.unit("SKHCN.VP")))
                .andExpect(redirectedUrl("/assignments/plan-1:T1:SKHCN.VP"));
        mvc.perform(get("/plans/plan-1/tasks/T1").with(TestUsers.office())).andExpect(redirectedUrl("/plans/plan-1"));
    }

    @Test
    void theOfficeSeesTheDirectoryAndTheDeliveryLogWithRetry() throws Exception {
        when(notifications.deliveries(0, 100)).thenReturn(new ListSlice<>(List.of(new vn.dondoc.webapp.services.Delivery(
                "d1", "EMAIL", "SKHCN.VP", "TASK_ASSIGNED", List.of("vp@example.vn"), "FAILED", 3, "Connection refused",
                new vn.dondoc.webapp.services.Delivery.Content("Nhiệm vụ mới"), java.time.Instant.parse("2026-12-01T01:00:00Z"),
                null)), 0, 100, 1));

        mvc.perform(get("/admin").with(TestUsers.office())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Danh mục đơn vị"), containsString("Phòng Quản lý khoa học"),
                        containsString("Gửi lỗi"), containsString("Gửi lại"), containsString("01/12/2026 08:00"))));
        mvc.perform(post("/admin/deliveries/d1/retry").with(TestUsers.office()).with(csrf()))
                .andExpect(redirectedUrl("/admin"));
        verify(notifications).retry("d1");
        mvc.perform(get("/admin").with(TestUsers.unit("SKHCN.VP"))).andExpect(redirectedUrl("/"));
    }

    @Test
    void theDashboardShowsTotalsRatesTheChartAndOverdueWork() throws Exception {
        vn.dondoc.webapp.services.Figures.Row lead = new vn.dondoc.webapp.services.Figures.Row(1, 0, 2, 1, 1, 3, 0, 0,
                0, 0, new java.math.BigDecimal("50.0"), new java.math.BigDecimal("50.0"));
        vn.dondoc.webapp.services.Figures.Row none = new vn.dondoc.webapp.services.Figures.Row(0, 0, 0, 0, 0, 0, 0, 0,
                0, 0, null, null);
        when(reporting.departmentReport(eq("SKHCN"), anyString(), eq(java.time.LocalDate.of(2026, 12, 2))))
                .thenReturn(new vn.dondoc.webapp.services.Figures.DepartmentReport("SKHCN", "quy-nam", "2026-Q4",
                        "Quý IV/2026", java.time.LocalDate.of(2026, 10, 1), java.time.LocalDate.of(2026, 12, 31),
                        java.time.LocalDate.of(2026, 12, 2),
                        List.of(new vn.dondoc.webapp.services.Figures.UnitRow("SKHCN.VP", null, null, lead, none)),
                        lead, none, List.of("SKHCN.VP"), "Tỷ lệ hoàn thành = …", "Tỷ lệ đúng hạn = …"));
        when(tasks.overdue(any(), eq(0))).thenReturn(new ListSlice<>(
                List.of(PageFixtures.assignment("a1", "SKHCN.VP", "IN_PROGRESS", "OVERDUE", 5)), 0, 50, 51));
        when(tasks.dueSoon(any(), eq(3), eq(0))).thenReturn(new ListSlice<>(List.of(), 0, 50, 0));

        mvc.perform(get("/dashboard?asOf=2026-12-02").with(TestUsers.office())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Tổng quan"), containsString("Quý IV/2026"),
                        containsString("Văn phòng Sở"), containsString("50,0 %"), containsString("<svg"),
                        containsString("Quá hạn 5 ngày"), containsString("Có việc quá hạn"),
                        containsString("href=\"/dashboard?asOf=2026-12-02&amp;list=overdue&amp;page=1\""),
                        containsString("Không có việc đến hạn trong 3 ngày tới."))));
    }

    @Test
    void theDepartmentReportIsPreviewedWithItsDownloads() throws Exception {
        vn.dondoc.webapp.services.Figures.Row lead = new vn.dondoc.webapp.services.Figures.Row(1, 0, 2, 1, 1, 3, 0, 0,
                0, 0, new java.math.BigDecimal("50.0"), new java.math.BigDecimal("50.0"));
        when(reporting.departmentReport(eq("SKHCN"), anyString())).thenReturn(new vn.dondoc.webapp.services.Figures.DepartmentReport(
                "SKHCN", "quy-nam", "2026-Q4", "Quý IV/2026", java.time.LocalDate.of(2026, 10, 1),
                java.time.LocalDate.of(2026, 12, 31), java.time.LocalDate.of(2026, 12, 2),
                List.of(new vn.dondoc.webapp.services.Figures.UnitRow("SKHCN.VP", null, null, lead, lead)), lead, lead,
                List.of("SKHCN.VP"), "Tỷ lệ hoàn thành = …", "Tỷ lệ đúng hạn = …"));

        mvc.perform(get("/reports?period=2026-Q4").with(TestUsers.office())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Quý IV/2026"), containsString("/reports/2026-Q4/xlsx"),
                        containsString("/reports/2026-Q4/docx"), containsString("Chưa nộp"),
                        containsString("Gửi báo cáo tới Văn phòng UBND tỉnh"))));
    }

    @Test
    void theDraftPageShowsEachFindingOnItsRowWithUnitPickers() throws Exception {
        vn.dondoc.webapp.services.Draft.Task task = new vn.dondoc.webapp.services.Draft.Task("T4", "2.4", null,
                "Đề xuất sáng kiến", null, null, new vn.dondoc.webapp.services.Draft.Units(List.of(), List.of(), List.of(),
                        List.of(), List.of()), new vn.dondoc.webapp.services.Draft.Timeframe("CONTINUOUS", "Thường xuyên", null));
        vn.dondoc.webapp.services.Draft draft = new vn.dondoc.webapp.services.Draft("d1", "SKHCN",
                new vn.dondoc.webapp.services.Draft.Header(null, "SKHCN", "Sở Khoa học và Công nghệ", null, "Kế hoạch kiểm soát",
                        null, null, List.of(), "Nguyễn Văn A", null, null), List.of(task),
                List.of(new vn.dondoc.webapp.services.Draft.Finding("UNASSIGNED_TASK", "2.4", 81,
                        "Nhiệm vụ 2.4 chưa có đơn vị chủ trì")), "DRAFT", null);
        when(plans.draft("d1")).thenReturn(draft);

        mvc.perform(get("/drafts/d1").with(TestUsers.office())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Nhiệm vụ 2.4 chưa có đơn vị chủ trì"),
                        containsString("name=\"leadUnits\""), containsString("Phòng Quản lý khoa học"),
                        containsString("Ban hành kế hoạch"))));
        when(plans.correctTask(eq("d1"), eq("T4"), any(), any())).thenReturn(draft);
        mvc.perform(post("/drafts/d1/tasks/T4").with(TestUsers.office()).with(csrf()).param("leadUnits", "SKHCN.QLKH")
                        .header("HX-Request", "true"))
                .andExpect(status().isOk()).andExpect(content().string(allOf(startsWith("<article"),
                        containsString("Đã lưu đơn vị của nhiệm vụ."))));
    }

    @Test
    void theOfficeCorrectsTheDraftHeaderAndARefusalIsShownNextToItsFieldWithWhatWasTyped() throws Exception {
        vn.dondoc.webapp.services.Draft draft = draftWithOneTask();
        when(plans.draft("d1")).thenReturn(draft);
        mvc.perform(get("/drafts/d1").with(TestUsers.office())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Phần đầu kế hoạch"), containsString("name=\"parentNumber\""),
                        containsString("value=\"22/KH-UBND\""), containsString("value=\"2025-08-05\""),
                        containsString("Lưu phần đầu kế hoạch"), containsString("for=\"h-signer\""))));

        when(plans.correctHeader(eq("d1"), any())).thenReturn(draft);
        mvc.perform(post("/drafts/d1/header").with(TestUsers.office()).with(csrf()).header("HX-Request", "true")
                        .param("number", "258/KH-SKHCN").param("issuedOn", "2026-03-02").param("title", "Kế hoạch kiểm soát")
                        .param("coverageStart", "2026-03-01").param("coverageEnd", "2026-12-31")
                        .param("parentNumber", "22/KH-UBND", "").param("parentDate", "2025-08-05", "")
                        .param("signer", "Nguyễn Văn A").param("signingAuthority", "GIÁM ĐỐC")
                        .param("reportingText", "Định kỳ hằng quý").param("reportingPeriods", "QUARTER"))
                .andExpect(status().isOk()).andExpect(content().string(allOf(startsWith("<div id=\"header\""),
                        containsString("Đã lưu phần đầu kế hoạch."))));
        verify(plans).correctHeader(eq("d1"), org.mockito.ArgumentMatchers.argThat(body ->
                java.time.LocalDate.of(2026, 3, 2).equals(body.get("issuedOn"))
                        && List.of(Map.of("number", "22/KH-UBND", "date", java.time.LocalDate.of(2025, 8, 5)))
                        .equals(body.get("parentReferences"))
                        && List.of("QUARTER").equals(body.get("reportingPeriods"))));

        when(plans.correctHeader(eq("d1"), any())).thenThrow(new ServiceProblem(400, "Kế hoạch không hợp lệ",
                "Phần đầu kế hoạch có 1 lỗi dữ liệu", List.of(new ServiceProblem.FieldError("coverageEnd",
                        "Ngày kết thúc phải từ ngày bắt đầu trở đi"))));
        mvc.perform(post("/drafts/d1/header").with(TestUsers.office()).with(csrf()).header("HX-Request", "true")
                        .param("title", "Kế hoạch kiểm soát").param("coverageStart", "2026-06-01")
                        .param("coverageEnd", "2026-01-31").param("signer", "Trần Thị B"))
                .andExpect(status().is(422)).andExpect(content().string(allOf(
                        containsString("Ngày kết thúc phải từ ngày bắt đầu trở đi"), containsString("value=\"2026-01-31\""),
                        containsString("value=\"Trần Thị B\""))));
        mvc.perform(post("/drafts/d1/header").with(TestUsers.office()).with(csrf()).param("issuedOn", "02/03/2026"))
                .andExpect(status().is(422)).andExpect(content().string(allOf(containsString("Ngày ban hành không hợp lệ"),
                        containsString("value=\"02/03/2026\""))));
    }

    @Test
    void theOfficeSetsATaskTimeframeAndAMissingDateIsShownNextToIt() throws Exception {
        vn.dondoc.webapp.services.Draft draft = draftWithOneTask();
        when(plans.draft("d1")).thenReturn(draft);
        mvc.perform(get("/drafts/d1").with(TestUsers.office())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Loại thời hạn — nhiệm vụ 2.4"),
                        containsString("Có hạn cụ thể"), containsString("Định kỳ"), containsString("Khi có phát sinh"),
                        containsString("name=\"periods\""), containsString("Lưu thời hạn"))));

        when(plans.correctTimeframe(eq("d1"), eq("T4"), any())).thenReturn(draft);
        mvc.perform(post("/drafts/d1/tasks/T4/timeframe").with(TestUsers.office()).with(csrf()).header("HX-Request", "true")
                        .param("timeframeKind", "FIXED_DEADLINE").param("dueDate", "2026-09-30")
                        .param("timeframeText", "Quý III/2026"))
                .andExpect(status().isOk()).andExpect(content().string(allOf(startsWith("<article"),
                        containsString("Đã lưu thời hạn của nhiệm vụ."))));
        verify(plans).correctTimeframe(eq("d1"), eq("T4"), eq(Map.of("timeframeKind", "FIXED_DEADLINE",
                "dueDate", java.time.LocalDate.of(2026, 9, 30), "timeframeText", "Quý III/2026", "periods", List.of())));

        when(plans.correctTimeframe(eq("d1"), eq("T4"), any())).thenThrow(new ServiceProblem(400,
                "Kế hoạch không hợp lệ", "Thời hạn của nhiệm vụ có 1 lỗi dữ liệu",
                List.of(new ServiceProblem.FieldError("dueDate", "Thời hạn cụ thể cần ngày hạn"))));
        mvc.perform(post("/drafts/d1/tasks/T4/timeframe").with(TestUsers.office()).with(csrf()).header("HX-Request", "true")
                        .param("timeframeKind", "FIXED_DEADLINE").param("timeframeText", "Sớm"))
                .andExpect(status().is(422)).andExpect(content().string(allOf(startsWith("<article"),
                        containsString("Thời hạn cụ thể cần ngày hạn"), containsString("value=\"Sớm\""),
                        containsString("<option value=\"FIXED_DEADLINE\" selected=\"selected\">"))));
    }

    @Test
    void theOfficeAmendsAnIssuedPlanAndSeesWhatWasSent() throws Exception {
        mvc.perform(get("/plans/plan-1").with(TestUsers.office()))
                .andExpect(content().string(containsString("href=\"/plans/plan-1/amend\"")));
        mvc.perform(get("/plans/plan-1/amend").with(TestUsers.office())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Sửa đổi kế hoạch 257/KH-SKHCN"),
                        containsString("Lý do sửa đổi"), containsString("name=\"tasks[0].dueDate\""),
                        containsString("value=\"2026-12-31\""), containsString("Hiện hành: hạn 31/12/2026"),
                        containsString("Thêm nhiệm vụ mới"),
                        containsString("Gửi bản sửa đổi"))));

        when(plans.amend(eq("plan-1"), any())).thenReturn(PageFixtures.plan());
        mvc.perform(post("/plans/plan-1/amend").with(TestUsers.office()).with(csrf()).param("rows", "2")
                        .param("reason", "Điều chỉnh tiến độ").param("title", "Kế hoạch kiểm soát thủ tục hành chính năm 2026")
                        .param("tasks[0].number", "1").param("tasks[0].content", "Rà soát, đánh giá thủ tục hành chính")
                        .param("tasks[0].leadUnits", "SKHCN.VP").param("tasks[0].coordinatorUnits", "SKHCN.QLKH")
                        .param("tasks[0].dueDate", "2026-09-30").param("tasks[0].added", "false")
                        .param("tasks[0].original", "1")
                        .param("tasks[1].added", "true"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/plans/plan-1"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("amendment",
                        new vn.dondoc.webapp.plans.AmendmentForm.Sent("Điều chỉnh tiến độ",
                                List.of("Nhiệm vụ 1: hạn 31/12/2026 → 30/09/2026"))));
        verify(plans).amend(eq("plan-1"), org.mockito.ArgumentMatchers.argThat(body ->
                ((List<?>) body.get("tasks")).size() == 1 && "Điều chỉnh tiến độ".equals(body.get("reason"))));

        when(plans.amend(eq("plan-1"), any())).thenThrow(new ServiceProblem(400, "Kế hoạch không hợp lệ",
                "Kế hoạch có 1 lỗi dữ liệu", List.of(new ServiceProblem.FieldError("tasks[0].content",
                        "Nội dung nhiệm vụ không được để trống"))));
        mvc.perform(post("/plans/plan-1/amend").with(TestUsers.office()).with(csrf()).param("rows", "1")
                        .param("reason", "Điều chỉnh").param("tasks[0].number", "1").param("tasks[0].content", " ")
                        .param("tasks[0].leadUnits", "SKHCN.VP").param("tasks[0].dueDate", "2026-10-15"))
                .andExpect(status().is(422)).andExpect(content().string(allOf(
                        containsString("Nội dung nhiệm vụ không được để trống"), containsString("value=\"2026-10-15\""),
                        containsString("value=\"Điều chỉnh\""))));
    }

    private static vn.dondoc.webapp.services.Draft draftWithOneTask() {
        vn.dondoc.webapp.services.Draft.Task task = new vn.dondoc.webapp.services.Draft.Task("T4", "2.4", null,
                "Đề xuất sáng kiến", null, null, new vn.dondoc.webapp.services.Draft.Units(List.of("SKHCN.VP"), List.of(),
                        List.of(), List.of(), List.of()), new vn.dondoc.webapp.services.Draft.Timeframe("UNSPECIFIED", "", null));
        return new vn.dondoc.webapp.services.Draft("d1", "SKHCN", new vn.dondoc.webapp.services.Draft.Header(null, "SKHCN",
                "Sở Khoa học và Công nghệ", null, "Kế hoạch kiểm soát", null, null,
                List.of(new vn.dondoc.webapp.services.Draft.Parent("22/KH-UBND", java.time.LocalDate.of(2025, 8, 5),
                        "Kế hoạch số 22/KH-UBND ngày 05/8/2025", null)), "Nguyễn Văn A", null, null),
                List.of(task), List.of(), "DRAFT", null);
    }

    @Test
    void thePlanListAsksPlanServiceForAFilteredPageAndKeepsTheFiltersInThePager() throws Exception {
        when(plans.plansOf("SKHCN", 2026, "ISSUED", "kiem soat thu tuc", 1, 50))
                .thenReturn(new ListSlice<>(List.of(PageFixtures.plan()), 1, 50, 120));

        mvc.perform(get("/plans?q=kiem soat thu tuc&year=2026&status=ISSUED&page=1").with(TestUsers.office()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("257/KH-SKHCN"), containsString("Hiển thị 1 trên 120"),
                        containsString("Mục 51–51 trên 120, trang 2/3"),
                        containsString("href=\"/plans?department=SKHCN&amp;year=2026&amp;status=ISSUED&amp;q=kiem%20soat%20thu%20tuc&amp;page=0\""),
                        containsString("href=\"/plans?department=SKHCN&amp;year=2026&amp;status=ISSUED&amp;q=kiem%20soat%20thu%20tuc&amp;page=2\""))));
        mvc.perform(get("/plans?q=khong co").with(TestUsers.office())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Không có kế hoạch nào phù hợp"),
                        not(containsString("Phân trang")))));
        mvc.perform(get("/plans?department=UBND").with(TestUsers.office())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("UBND tỉnh"), containsString("Không có kế hoạch nào phù hợp"))));
        mvc.perform(get("/plans/import").with(TestUsers.office())).andExpect(status().isOk())
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")));
    }

    @Test
    void theProvinceSeesTheRollupOfItsPlanWithEachDepartmentsChildPlanAndFigures() throws Exception {
        Plan provincial = new Plan("p-ubnd", "38/KH-UBND", "Kế hoạch chuyển đổi số tỉnh năm 2026", "UBND",
                java.time.LocalDate.of(2026, 10, 1), List.of(), "ISSUED", null, null, null, List.of(), 1);
        when(plans.plan("p-ubnd")).thenReturn(provincial);
        when(reporting.provincialRollup("p-ubnd", "2026-Q4", java.time.LocalDate.of(2026, 12, 1))).thenReturn(
                PageFixtures.rollup());

        mvc.perform(get("/plans/p-ubnd").with(TestUsers.province())).andExpect(status().isOk())
                .andExpect(content().string(containsString("/plans/p-ubnd/rollup")));
        mvc.perform(get("/plans/p-ubnd/rollup").param("asOf", "2026-12-01").with(TestUsers.province()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Tổng hợp theo Sở"), containsString("38/KH-UBND"),
                        containsString("Quý IV/2026"), containsString("01/12/2026"),
                        containsString("Sở Khoa học và Công nghệ"), containsString("Sở Dân tộc và Tôn giáo"),
                        containsString("Chủ trì"), containsString("Phối hợp"), containsString("href=\"/plans/p-101\""),
                        containsString("Chưa có kế hoạch"), containsString("1 quá hạn"), containsString("50,0 %"))));
    }

    @Test
    void theProvinceReadsTheEventFeedFromTheAsyncApiDocument() throws Exception {
        mvc.perform(get("/plans").with(TestUsers.province())).andExpect(content().string(containsString("Luồng sự kiện")));
        mvc.perform(get("/events").with(TestUsers.province())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Kênh <code>plan-issued</code>"),
                        containsString("task-assigned"), containsString("Thông điệp <span>PlanIssued</span>"),
                        containsString("vn.dondoc.plan.issued.v1"), containsString("<code>departmentCode</code>"),
                        containsString("Khóa bản ghi"), containsString("Kênh <code>task-overdue</code>"),
                        containsString("<code>daysOverdue</code>"))));
    }

    @Test
    void thePlanListShowsTheDepartmentsOpenDraftsToTheOfficeOnly() throws Exception {
        when(plans.plansOf("SKHCN", null, null, null, 0, 50))
                .thenReturn(new ListSlice<>(List.of(PageFixtures.plan()), 0, 50, 1));
        when(plans.openDrafts(0, 50)).thenReturn(new ListSlice<>(List.of(new vn.dondoc.webapp.services.Draft("d-7", "SKHCN",
                new vn.dondoc.webapp.services.Draft.Header("258/KH-SKHCN", "SKHCN", null, null,
                        "Kế hoạch chuyển đổi số năm 2026", null, null, List.of(), null, null, null),
                List.of(), List.of(), "DRAFT", java.time.Instant.parse("2026-11-30T18:00:00Z"))), 0, 50, 1));

        mvc.perform(get("/plans").with(TestUsers.office())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Dự thảo chưa ban hành"),
                        containsString("href=\"/drafts/d-7\""), containsString("258/KH-SKHCN"),
                        containsString("01/12/2026"), containsString("Dự thảo, sẵn sàng ban hành"),
                        containsString("257/KH-SKHCN"))));
        mvc.perform(get("/plans").with(TestUsers.unit("SKHCN.VP"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Dự thảo chưa ban hành"))));
    }

    @Test
    void theOfficeEditsAUnitsContactAndSeesARefusalNextToItsField() throws Exception {
        when(notifications.contact("SKHCN.VP")).thenReturn(new vn.dondoc.webapp.services.Contact("SKHCN.VP",
                List.of("vanphong@skhcn.example"), List.of("https://hooks.example/vp"), java.util.Set.of("TASK_ASSIGNED"),
                java.util.Set.of("EMAIL"), "IMMEDIATE", false));

        mvc.perform(get("/admin").with(TestUsers.office())).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/admin/units/SKHCN.VP/contact\"")));
        mvc.perform(get("/admin/units/SKHCN.VP/contact").with(TestUsers.office())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Thông tin liên hệ: Văn phòng Sở"),
                        containsString("vanphong@skhcn.example"), containsString("value=\"https://hooks.example/vp\""),
                        containsString("<label for=\"webhookSecret\">"))));

        when(notifications.saveContact(eq("SKHCN.VP"), any())).thenThrow(new ServiceProblem(400,
                "Thông tin liên hệ không hợp lệ", "Thông tin liên hệ", List.of(
                        new ServiceProblem.FieldError("emails[0]", "Địa chỉ email không hợp lệ: abc"),
                        new ServiceProblem.FieldError("webhooks[0].secret", "Khóa bí mật phải có ít nhất 16 ký tự"))));
        mvc.perform(post("/admin/units/SKHCN.VP/contact").with(TestUsers.office()).with(csrf())
                        .param("emails", "abc").param("webhookUrl", "https://hooks.example/vp").param("channels", "EMAIL")
                        .param("kinds", "TASK_ASSIGNED"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"emails-error\">Địa chỉ email không hợp lệ: abc"),
                        containsString("id=\"webhookSecret-error\">Khóa bí mật phải có ít nhất 16 ký tự"),
                        containsString(">abc</textarea>"))));

        org.mockito.Mockito.reset(notifications);
        when(notifications.contact("SKHCN.VP")).thenReturn(null);
        mvc.perform(post("/admin/units/SKHCN.VP/contact").with(TestUsers.office()).with(csrf())
                        .param("emails", "a@skhcn.example\nb@skhcn.example").param("webhookUrl", "https://hooks.example/vp")
                        .param("webhookSecret", "0123456789abcdef").param("channels", "EMAIL", "WEBHOOK")
                        .param("kinds", ALL_KINDS).param("cadence", "DAILY_DIGEST"))
                .andExpect(redirectedUrl("/admin"));
        verify(notifications).saveContact("SKHCN.VP", Map.of("emails", List.of("a@skhcn.example", "b@skhcn.example"),
                "webhooks", List.of(Map.of("url", "https://hooks.example/vp", "secret", "0123456789abcdef")),
                "kinds", java.util.Set.of(), "channels", java.util.Set.of("EMAIL", "WEBHOOK"), "cadence", "DAILY_DIGEST"));
        mvc.perform(get("/admin/units/SKHCN.VP/contact").with(TestUsers.unit("SKHCN.VP")))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aMessageAboutATaskLinksToItAndOneAboutNoTaskDoesNot() throws Exception {
        when(notifications.inbox("SKHCN.VP", 0, 50)).thenReturn(new ListSlice<>(List.of(
                new vn.dondoc.webapp.services.Notification("n1", "SKHCN.VP", "TASK_ASSIGNED",
                        "Nhiệm vụ chủ trì: Kế hoạch 257/KH-SKHCN, mục 1", "Nội dung",
                        java.time.Instant.parse("2026-12-01T01:00:00Z"), false, "plan-1", "T1"),
                new vn.dondoc.webapp.services.Notification("n2", "SKHCN.VP", "REPORT_DUE", "Đến hạn báo cáo Quý IV/2026",
                        "Hạn gửi báo cáo", java.time.Instant.parse("2026-12-01T02:00:00Z"), false)), 0, 50, 2));

        mvc.perform(get("/inbox").with(TestUsers.unit("SKHCN.VP"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"/plans/plan-1/tasks/T1\""),
                        containsString("Xem nhiệm vụ: Nhiệm vụ chủ trì: Kế hoạch 257/KH-SKHCN, mục 1"))))
                .andExpect(content().string(not(containsString("Xem nhiệm vụ: Đến hạn báo cáo"))));
    }
}
