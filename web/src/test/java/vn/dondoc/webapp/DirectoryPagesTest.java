package vn.dondoc.webapp;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.dondoc.webapp.services.Contact;
import vn.dondoc.webapp.services.ListSlice;
import vn.dondoc.webapp.services.NotificationClient;
import vn.dondoc.webapp.services.PlanClient;
import vn.dondoc.webapp.services.ReportingClient;
import vn.dondoc.webapp.services.ServiceProblem;
import vn.dondoc.webapp.services.ServiceUnavailableException;
import vn.dondoc.webapp.services.TaskClient;
import vn.dondoc.webapp.services.Unit;

/** Quản trị: the office edits its unit directory, loads a roster file and sets a unit's notification preferences. */
@SpringBootTest(properties = "spring.config.name=web")
@AutoConfigureMockMvc
@Import(TestRegistration.class)
class DirectoryPagesTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TaskClient tasks;
    @MockitoBean
    PlanClient plans;
    @MockitoBean
    NotificationClient notifications;
    @MockitoBean
    ReportingClient reporting;

    static final Unit TG = new Unit("SKHCN", "SKHCN.TG", "Phòng Tôn giáo", List.of("Phòng TG"), "DIVISION",
            Set.of("handlesAdministrativeProcedures"), LocalDate.of(2025, 3, 1), LocalDate.of(2025, 6, 30), "SKHCN.QLKH");

    @BeforeEach
    void directory() {
        List<Unit> units = new java.util.ArrayList<>(PageFixtures.units());
        units.add(TG);
        when(plans.unitsOf("SKHCN")).thenReturn(units);
        when(plans.plansOf(anyString(), any(), any(), any(), anyInt(), anyInt()))
                .thenReturn(new ListSlice<>(List.of(), 0, 50, 0));
        when(plans.openDrafts(anyInt(), anyInt())).thenReturn(new ListSlice<>(List.of(), 0, 50, 0));
        when(notifications.deliveries(anyInt(), anyInt())).thenReturn(new ListSlice<>(List.of(), 0, 100, 0));
    }

    @Test
    void theOfficeSeesEachUnitByNameWithItsKindValidityAndSuccessorAndTheActions() throws Exception {
        mvc.perform(get("/admin").with(TestUsers.office())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Phòng Tôn giáo"), containsString("SKHCN.TG"),
                        containsString("Phòng chuyên môn"), containsString("từ 01/03/2025"),
                        containsString("đến hết 30/06/2025"), containsString("Có thủ tục hành chính"),
                        containsString("href=\"/admin/units/new\""), containsString("href=\"/admin/units/SKHCN.TG\""),
                        containsString("aria-label=\"Sửa đơn vị Phòng Tôn giáo\""),
                        containsString("<label for=\"roster\">"), containsString("Nạp danh mục"))));
        mvc.perform(get("/admin/units/SKHCN.TG").with(TestUsers.office())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Sửa đơn vị: Phòng Tôn giáo"),
                        containsString("value=\"2025-03-01\""), containsString("<label for=\"validTo\">"),
                        containsString("id=\"validFrom-day\">01/03/2025</span>"),
                        containsString("Phòng Quản lý khoa học (SKHCN.QLKH)"), containsString("Phòng TG</textarea>"),
                        containsString("name=\"_csrf\""))));
    }

    @Test
    void theOfficeAddsAUnitUnderTheDepartmentsCode() throws Exception {
        when(plans.putUnit(eq("SKHCN"), eq("SKHCN.TTHC"), any())).thenReturn(new Unit("SKHCN", "SKHCN.TTHC",
                "Bộ phận Một cửa", List.of(), "AFFILIATED_CENTRE"));

        mvc.perform(post("/admin/units").with(TestUsers.office()).with(csrf()).param("code", "tthc")
                        .param("name", " Bộ phận Một cửa ").param("aliases", "Một cửa\n\nBộ phận tiếp nhận")
                        .param("kind", "AFFILIATED_CENTRE").param("attributes", "handlesAdministrativeProcedures")
                        .param("validFrom", "2026-01-01").param("validTo", "").param("successor", ""))
                .andExpect(redirectedUrl("/admin#unit-SKHCN.TTHC"))
                .andExpect(flash().attribute("done", "Đã thêm đơn vị Bộ phận Một cửa (SKHCN.TTHC)."));

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Bộ phận Một cửa");
        body.put("aliases", List.of("Một cửa", "Bộ phận tiếp nhận"));
        body.put("kind", "AFFILIATED_CENTRE");
        body.put("attributes", Set.of("handlesAdministrativeProcedures"));
        body.put("validFrom", "2026-01-01");
        body.put("validTo", null);
        body.put("successor", null);
        verify(plans).putUnit("SKHCN", "SKHCN.TTHC", body);
    }

    @Test
    void aCodeAlreadyInTheDirectoryOrAPeriodEndingBeforeItStartsIsRefusedWithWhatWasTyped() throws Exception {
        mvc.perform(post("/admin/units").with(TestUsers.office()).with(csrf()).param("code", "TG")
                        .param("name", "Phòng Tôn giáo mới").param("kind", "DIVISION")
                        .param("validFrom", "2026-05-01").param("validTo", "2026-04-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"code-error\">Mã SKHCN.TG đã có trong danh mục"),
                        containsString("id=\"validTo-error\">Ngày hết hiệu lực phải từ ngày bắt đầu hiệu lực trở đi"),
                        containsString("value=\"Phòng Tôn giáo mới\""), containsString("value=\"2026-04-01\""),
                        containsString("Chưa lưu được đơn vị"))));
        verify(plans, never()).putUnit(anyString(), anyString(), any());
    }

    @Test
    void aRenameTheServiceRefusesIsShownNextToTheNameWithWhatWasTyped() throws Exception {
        when(plans.putUnit(eq("SKHCN"), eq("SKHCN.TG"), any())).thenThrow(new ServiceProblem(400,
                "Kế hoạch không hợp lệ", "Kế hoạch có 1 lỗi dữ liệu",
                List.of(new ServiceProblem.FieldError("name", "Tên đơn vị không được để trống"))));

        mvc.perform(post("/admin/units/SKHCN.TG").with(TestUsers.office()).with(csrf()).param("name", " ")
                        .param("aliases", "Phòng TG\nTôn giáo").param("kind", "DIVISION").param("successor", "SKHCN.QLKH"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"name-error\">Tên đơn vị không được để trống"),
                        containsString("Phòng TG\nTôn giáo</textarea>"), containsString("aria-invalid=\"true\""))));
    }

    @Test
    void aRosterFileIsLoadedAndItsUnitsNamedOrItsRefusalShownNextToTheField() throws Exception {
        String yaml = "department: SKHCN\nunits:\n  - {code: TTHC, name: Bộ phận Một cửa, kind: AFFILIATED_CENTRE}\n";
        when(plans.loadRoster("SKHCN", yaml, false)).thenReturn(List.of(new Unit("SKHCN", "SKHCN.TTHC",
                "Bộ phận Một cửa", List.of(), "AFFILIATED_CENTRE")));
        when(plans.loadRoster(eq("SKHCN"), eq("{}"), eq(true))).thenThrow(new ServiceProblem(400,
                "Danh mục đơn vị không hợp lệ", "Tệp danh mục đơn vị cần có 'department' và danh sách 'units'", List.of()));

        mvc.perform(multipart("/admin/units/roster").file(new MockMultipartFile("roster", "don-vi.yml",
                        "application/yaml", yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .with(TestUsers.office()).with(csrf()))
                .andExpect(redirectedUrl("/admin"))
                .andExpect(flash().attribute("done", "Đã nạp 1 đơn vị từ tệp don-vi.yml: Bộ phận Một cửa."));
        mvc.perform(multipart("/admin/units/roster").file(new MockMultipartFile("roster", "don-vi.json",
                        "application/json", "{}".getBytes())).with(TestUsers.office()).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString(
                        "id=\"roster-error\">Tệp danh mục đơn vị cần có &#39;department&#39; và danh sách &#39;units&#39;")));
        mvc.perform(multipart("/admin/units/roster").file(new MockMultipartFile("roster", "don-vi.docx",
                        "application/octet-stream", "x".getBytes())).with(TestUsers.office()).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString(
                        "id=\"roster-error\">Chỉ nhận tệp YAML (.yml, .yaml) hoặc JSON (.json)")));
    }

    @Test
    void leadershipAndUnitsAreOfferedNoDirectoryEditingAndCannotPostIt() throws Exception {
        mvc.perform(get("/plans").with(TestUsers.leadership())).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("href=\"/admin\""))));
        mvc.perform(get("/admin/units/new").with(TestUsers.leadership())).andExpect(redirectedUrl("/"));
        mvc.perform(get("/admin/units/SKHCN.TG").with(TestUsers.unit("SKHCN.TG"))).andExpect(redirectedUrl("/"));
        mvc.perform(post("/admin/units").with(TestUsers.leadership()).with(csrf()).param("code", "X")
                .param("name", "X").param("kind", "DIVISION")).andExpect(redirectedUrl("/"));
        mvc.perform(multipart("/admin/units/roster").file(new MockMultipartFile("roster", "a.yml", "application/yaml",
                "department: SKHCN".getBytes())).with(TestUsers.unit("SKHCN.VP")).with(csrf())).andExpect(redirectedUrl("/"));
        mvc.perform(post("/admin/units").with(TestUsers.office()).param("code", "X").param("name", "X"))
                .andExpect(status().isForbidden());
        verify(plans, never()).putUnit(anyString(), anyString(), any());
        verify(plans, never()).loadRoster(anyString(), anyString(), anyBoolean());
    }

    @Test
    void aDirectoryServiceThatDoesNotAnswerIsAVietnameseMessage() throws Exception {
        when(plans.putUnit(anyString(), anyString(), any())).thenThrow(new ServiceUnavailableException("kế hoạch",
                new java.io.IOException("Connection refused")));

        mvc.perform(post("/admin/units/SKHCN.TG").with(TestUsers.office()).with(csrf()).param("name", "Phòng Tôn giáo")
                        .param("kind", "DIVISION"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().string(containsString("Dịch vụ kế hoạch tạm thời không phản hồi")));
    }

    @Test
    void theOfficeChoosesTheKindsOfNoticeAUnitGetsByEmail() throws Exception {
        when(notifications.contact("SKHCN.TG")).thenReturn(new Contact("SKHCN.TG", List.of("tg@skhcn.example"),
                List.of(), Set.of("TASK_ASSIGNED", "TASK_OVERDUE"), Set.of("EMAIL"), "DAILY_DIGEST", false));

        mvc.perform(get("/admin/units/SKHCN.TG/contact").with(TestUsers.office())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Loại thông báo gửi qua email và webhook"),
                        containsString("value=\"TASK_ASSIGNED\" id=\"kind-TASK_ASSIGNED\" checked"),
                        containsString("value=\"REPORT_DUE\" id=\"kind-REPORT_DUE\">"),
                        containsString("Nhiệm vụ quá hạn (và nhắc lại hằng tuần)"))));

        mvc.perform(post("/admin/units/SKHCN.TG/contact").with(TestUsers.office()).with(csrf())
                        .param("emails", "tg@skhcn.example").param("channels", "EMAIL")
                        .param("kinds", "TASK_ASSIGNED", "REPORT_DUE").param("cadence", "IMMEDIATE"))
                .andExpect(redirectedUrl("/admin"));
        verify(notifications).saveContact("SKHCN.TG", Map.of("emails", List.of("tg@skhcn.example"),
                "webhooks", List.of(), "kinds", Set.of("TASK_ASSIGNED", "REPORT_DUE"), "channels", Set.of("EMAIL"),
                "cadence", "IMMEDIATE"));

        mvc.perform(post("/admin/units/SKHCN.TG/contact").with(TestUsers.office()).with(csrf())
                        .param("emails", "tg@skhcn.example").param("channels", "EMAIL").param("cadence", "IMMEDIATE"))
                .andExpect(status().isOk()).andExpect(content().string(allOf(
                        containsString("id=\"kinds-error\">Chọn ít nhất một loại thông báo"),
                        containsString(">tg@skhcn.example</textarea>"))));
    }
}
