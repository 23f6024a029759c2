package vn.dondoc.local.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.kafka.test.context.EmbeddedKafka;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dondoc.identity.client.SignIn;
import vn.dondoc.local.LocalSystem;
import vn.dondoc.local.LocalWeb;

/**
 * Quản trị in real Chromium against the whole system: the office of SDTTG adds a unit to its
 * directory, renames it and gives it another name, sees it on the page and in plan-service, loads a
 * roster file, and chooses the kinds of notice the unit gets; its leadership is offered none of it.
 * axe-core checks every page visited. Only SDTTG's new units are touched (the store is shared with the
 * other classes, whose stories use SKHCN and SDTTG.VP).
 */
@EmbeddedKafka(partitions = 1)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DirectoryAdminBrowserTest {

    static final String PASSWORD = SystemInBrowser.PASSWORD;
    static final JsonMapper JSON = JsonMapper.builder().build();

    SystemInBrowser app;
    LocalSystem system;
    LocalWeb web;
    Browser browser;
    String base;
    String issuer;

    @BeforeAll
    void startTheSystemAndABrowser() throws IOException {
        app = SystemInBrowser.start();
        system = app.system;
        web = app.web;
        browser = app.browser;
        base = app.base;
        issuer = app.issuer;
    }

    @AfterAll
    void stopAll() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    @Order(1)
    void theOfficeAddsRenamesAndNamesAUnitAndPlanServiceHoldsIt() throws Exception {
        signIn("vanphong.sdttg", "/admin");
        assertThat(browser.text()).contains("Danh mục đơn vị", "Phòng Tôn giáo", "Nạp danh mục từ tệp");

        click(By.linkText("Thêm đơn vị"));
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/admin/units/new"));
        browser.find(By.id("code")).sendKeys("BPMC");
        browser.find(By.id("name")).sendKeys("Bộ phận Một cửa");
        new Select(browser.find(By.id("kind"))).selectByVisibleText("Trung tâm, đơn vị trực thuộc");
        click(By.xpath("//label[normalize-space()='Có thủ tục hành chính']/input"));
        setDate("validFrom", "2026-01-01");
        setDate("validTo", "2025-12-31");
        assertThat(browser.find(By.id("validTo-day")).getText()).as("the day as people read it").isEqualTo("31/12/2025");
        browser.visited("quan-tri-them-don-vi");
        click(By.xpath("//button[normalize-space()='Thêm đơn vị']"));
        browser.waitFor(d -> !d.findElements(By.id("validTo-error")).isEmpty());
        assertThat(browser.find(By.id("validTo-error")).getText())
                .isEqualTo("Ngày hết hiệu lực phải từ ngày bắt đầu hiệu lực trở đi");
        assertThat(browser.find(By.id("name")).getAttribute("value")).as("what was typed is kept")
                .isEqualTo("Bộ phận Một cửa");
        browser.checkAccessibility("quan-tri-them-don-vi-loi");
        setDate("validTo", "");
        WebElement add = browser.find(By.xpath("//button[normalize-space()='Thêm đơn vị']"));
        scrollTo(add);
        new org.openqa.selenium.interactions.Actions(browser.driver()).doubleClick(add).perform();
        browser.waitFor(d -> d.getCurrentUrl().contains("/admin#unit-SDTTG.BPMC") || d.getCurrentUrl().endsWith("/admin"));
        assertThat(browser.text()).contains("Đã thêm đơn vị Bộ phận Một cửa (SDTTG.BPMC).");

        click(By.cssSelector("a[aria-label='Sửa đơn vị Bộ phận Một cửa']"));
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/admin/units/SDTTG.BPMC"));
        WebElement name = browser.find(By.id("name"));
        name.clear();
        name.sendKeys("Bộ phận Tiếp nhận và Trả kết quả");
        browser.find(By.id("aliases")).sendKeys("Bộ phận Một cửa\nMột cửa");
        new Select(browser.find(By.id("successor"))).selectByVisibleText("Văn phòng Sở (SDTTG.VP)");
        scrollToTop();
        browser.visited("quan-tri-sua-don-vi");
        click(By.xpath("//button[normalize-space()='Lưu đơn vị']"));
        browser.waitFor(d -> browser.text().contains("Đã lưu đơn vị Bộ phận Tiếp nhận và Trả kết quả (SDTTG.BPMC)."));

        WebElement row = browser.find(By.id("unit-SDTTG.BPMC"));
        assertThat(row.getText()).contains("Bộ phận Tiếp nhận và Trả kết quả", "SDTTG.BPMC", "Bộ phận Một cửa; Một cửa",
                "Trung tâm, đơn vị trực thuộc", "từ 01/01/2026", "Văn phòng Sở", "Có thủ tục hành chính");
        scrollToTop();
        browser.visited("quan-tri-danh-muc");

        JsonNode stored = unitsInPlanService().valueStream()
                .filter(unit -> "SDTTG.BPMC".equals(unit.get("code").asString())).findFirst().orElseThrow();
        assertThat(stored.get("name").asString()).isEqualTo("Bộ phận Tiếp nhận và Trả kết quả");
        assertThat(stored.get("aliases").valueStream().map(JsonNode::asString).toList())
                .containsExactly("Bộ phận Một cửa", "Một cửa");
        assertThat(stored.get("kind").asString()).isEqualTo("AFFILIATED_CENTRE");
        assertThat(stored.get("validFrom").asString()).isEqualTo("2026-01-01");
        assertThat(stored.get("successor").asString()).isEqualTo("SDTTG.VP");
        assertThat(stored.get("attributes").valueStream().map(JsonNode::asString).toList())
                .containsExactly("handlesAdministrativeProcedures");
    }

    @Test
    @Order(2)
    void theOfficeLoadsARosterFileAndSeesTheServicesRefusalNextToTheField() throws Exception {
        signIn("vanphong.sdttg", "/admin");
        Path broken = Files.createTempFile("danh-muc-loi-", ".yml");
        Files.writeString(broken, "department: SDTTG\nunits:\n  - {code: TTDL, name: Trung tâm Dữ liệu, kind: DIVISION,"
                + " validFrom: \"01/07/2025\"}\n", StandardCharsets.UTF_8);
        browser.find(By.id("roster")).sendKeys(broken.toAbsolutePath().toString());
        click(By.xpath("//button[normalize-space()='Nạp danh mục']"));
        browser.waitFor(d -> !d.findElements(By.id("roster-error")).isEmpty());
        assertThat(browser.find(By.id("roster-error")).getText())
                .isEqualTo("Ngày không hợp lệ trong tệp danh mục (cần dạng yyyy-MM-dd): 01/07/2025");
        browser.checkAccessibility("quan-tri-nap-danh-muc-loi");

        Path roster = Files.createTempFile("danh-muc-", ".json");
        Files.writeString(roster, """
                {"department": "SDTTG", "units": [
                  {"code": "TTDL", "name": "Trung tâm Dữ liệu và Thông tin", "kind": "AFFILIATED_CENTRE",
                   "aliases": ["Trung tâm Dữ liệu"], "validFrom": "2026-01-01"},
                  {"code": "TTR", "name": "Thanh tra Sở", "kind": "DIVISION", "validFrom": "2026-01-01"}]}
                """, StandardCharsets.UTF_8);
        browser.find(By.id("roster")).sendKeys(roster.toAbsolutePath().toString());
        click(By.xpath("//button[normalize-space()='Nạp danh mục']"));
        browser.waitFor(d -> browser.text().contains("Đã nạp 2 đơn vị từ tệp"));
        assertThat(browser.text()).contains("Trung tâm Dữ liệu và Thông tin, Thanh tra Sở.");
        assertThat(browser.find(By.id("unit-SDTTG.TTDL")).getText()).contains("Trung tâm Dữ liệu và Thông tin");
        assertThat(unitsInPlanService().valueStream().map(unit -> unit.get("code").asString()).toList())
                .contains("SDTTG.TTDL", "SDTTG.TTR", "SDTTG.BPMC", "SDTTG.VP");
        scrollToTop();
        browser.visited("quan-tri-nap-danh-muc");
    }

    @Test
    @Order(3)
    void theOfficeChoosesWhichNoticesAUnitGetsByEmail() {
        signIn("vanphong.sdttg", "/admin/units/SDTTG.BPMC/contact");
        assertThat(browser.text()).contains("Thông tin liên hệ: Bộ phận Tiếp nhận và Trả kết quả",
                "Loại thông báo gửi qua email và webhook");
        assertThat(browser.find(By.id("kind-TASK_ASSIGNED")).isSelected()).as("no contact yet: every kind").isTrue();
        browser.find(By.id("emails")).sendKeys("motcua@sdttg.example.invalid");
        for (String kind : new String[] {"TASK_DUE_SOON", "TASK_REMINDER", "ROLE_CHANGED", "PLAN_AMENDED"}) {
            click(By.id("kind-" + kind));
        }
        click(By.id("channel-EMAIL"));
        new Select(browser.find(By.id("cadence"))).selectByVisibleText("Tổng hợp mỗi ngày một lần");
        browser.visited("quan-tri-thong-bao");
        click(By.xpath("//button[normalize-space()='Lưu thông tin liên hệ']"));
        browser.waitFor(d -> browser.text().contains("Đã lưu thông tin liên hệ của Bộ phận Tiếp nhận và Trả kết quả."));

        browser.open(base + "/admin/units/SDTTG.BPMC/contact");
        assertThat(browser.find(By.id("kind-TASK_ASSIGNED")).isSelected()).isTrue();
        assertThat(browser.find(By.id("kind-TASK_DUE_SOON")).isSelected()).isFalse();
        assertThat(browser.find(By.id("kind-PLAN_AMENDED")).isSelected()).isFalse();
        assertThat(browser.find(By.id("channel-EMAIL")).isSelected()).isTrue();
        assertThat(new Select(browser.find(By.id("cadence"))).getFirstSelectedOption().getText())
                .isEqualTo("Tổng hợp mỗi ngày một lần");
        assertThat(browser.find(By.id("emails")).getAttribute("value")).isEqualTo("motcua@sdttg.example.invalid");
    }

    @Test
    @Order(4)
    void leadershipIsOfferedNoDirectoryEditing() {
        signIn("lanhdao.sdttg", "/plans");
        assertThat(browser.driver().findElements(By.linkText("Quản trị"))).isEmpty();
        for (String page : new String[] {"/admin", "/admin/units/new", "/admin/units/SDTTG.BPMC",
                "/admin/units/SDTTG.BPMC/contact"}) {
            browser.open(base + page);
            browser.waitFor(d -> !d.getCurrentUrl().contains("/admin"));
            assertThat(browser.driver().findElements(By.partialLinkText("Sửa"))).as(page).isEmpty();
            assertThat(browser.driver().findElements(By.xpath("//button[normalize-space()='Lưu đơn vị' or "
                    + "normalize-space()='Thêm đơn vị' or normalize-space()='Nạp danh mục']"))).as(page).isEmpty();
        }
        browser.visited("lanh-dao-khong-quan-tri");
    }

    /** SDTTG's directory as plan-service answers it to the office's own token. */
    private JsonNode unitsInPlanService() throws IOException, InterruptedException {
        String token = SignIn.cli(URI.create(issuer)).as("vanphong.sdttg", PASSWORD).accessToken();
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + system.port(LocalSystem.Service.PLAN) + "/departments/SDTTG/units"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** A date input's value (yyyy-MM-dd), as a date picker would set it. */
    private void setDate(String id, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript("var input = document.getElementById(arguments[0]);"
                + " input.value = arguments[1]; input.dispatchEvent(new Event('input', {bubbles: true}));", id, value);
    }

    /** Signs out whoever was signed in, then signs in at the provider and lands on the page asked for. */
    private void signIn(String username, String path) {
        app.signIn(username, path);
    }

    private void scrollToTop() {
        ((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0)");
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block:'center'})", element);
    }

    private void click(By by) {
        browser.click(by);
    }
}
