package vn.dondoc.local.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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
import org.springframework.kafka.test.context.EmbeddedKafka;
import vn.dondoc.local.LocalSystem;
import vn.dondoc.local.LocalWeb;

/**
 * The whole story through the pages, in real Chromium against the whole system (identity provider,
 * broker, store, the four services, the web application, all on free ports): the office imports
 * seed 001 as .docx, gives the three tasks the findings name a lead and issues it; a unit finds its
 * new work, acknowledges it and submits a result; the office accepts it; the dashboard counts it
 * completed on time. Then who may see what. axe-core checks every page visited.
 */
@EmbeddedKafka(partitions = 1)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebStoryBrowserTest {

    static final String PASSWORD = SystemInBrowser.PASSWORD;
    static final String TASK_1_1 = "Kiện toàn đội ngũ công chức đầu mối";

    SystemInBrowser app;
    LocalSystem system;
    LocalWeb web;
    Browser browser;
    String base;
    String issuer;
    String assignmentPage;

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
    void aSignedOutPersonIsSentToSignIn() {
        browser.open(base + "/work");

        browser.waitFor(d -> d.getCurrentUrl().startsWith(issuer + "/login"));
        assertThat(browser.text()).contains("Đăng nhập");
        browser.visited("dang-nhap");
    }

    @Test
    @Order(2)
    void theOfficeIssuesSeed001AUnitDoesItsTaskTheOfficeAcceptsAndTheDashboardCountsIt() throws IOException {
        signIn("vanphong.skhcn", "/plans/import");
        browser.visited("nhap-ke-hoach");
        Path docx = Files.createTempFile("ke-hoach-001-", ".docx");
        Files.write(docx, SeedDocx.of(Files.readString(Path.of("..", "plan-service", "src", "test", "resources",
                "seeds", "001_25c004b7a35bdc94.txt"))));
        browser.find(By.id("document")).sendKeys(docx.toAbsolutePath().toString());
        click(By.xpath("//button[normalize-space()='Đọc văn bản']"));

        browser.waitFor(d -> d.getCurrentUrl().contains("/drafts/"));
        assertThat(browser.text()).contains("Bản nháp kế hoạch", "Nhiệm vụ 2.4 chưa có đơn vị chủ trì");
        browser.visited("ban-nhap-ke-hoach");
        setUnits("T4", List.of("SKHCN.QLKH"), null);
        setUnits("T13", List.of("SKHCN.VP"), List.of("SKHCN.CDS"));
        setUnits("T15", List.of("SKHCN.QLCN"), null);
        browser.find(By.id("number")).sendKeys("258/KH-SKHCN");
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('issuedOn').value = '2025-08-05'");
        click(By.xpath("//button[normalize-space()='Ban hành kế hoạch']"));

        browser.waitFor(d -> d.getCurrentUrl().matches(".*/plans/[^/]+$"));
        assertThat(browser.text()).contains("Đã ban hành kế hoạch 258/KH-SKHCN");
        browser.reloadUntilShown("Chưa thực hiện");
        browser.visited("ke-hoach");

        signIn("vp.skhcn", "/work");
        browser.reloadUntilShown(TASK_1_1);
        assertThat(browser.text()).contains("Việc của đơn vị", "Văn phòng Sở", "Không có hạn");
        browser.visited("viec-cua-don-vi");
        browser.resize(375, 812);
        assertThat(browser.find(By.linkText("Việc của đơn vị")).isDisplayed()).isTrue();
        browser.visited("viec-cua-don-vi-375px");
        browser.resize(1366, 768);
        click(By.partialLinkText(TASK_1_1));
        assignmentPage = browser.driver().getCurrentUrl();
        browser.visited("nhiem-vu");
        click(By.xpath("//button[normalize-space()='Xác nhận tiếp nhận']"));
        browser.waitFor(d -> browser.text().contains("Đã xác nhận tiếp nhận nhiệm vụ."));
        WebElement percent = browser.find(By.id("percent"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].removeAttribute('max')", percent);
        percent.clear();
        percent.sendKeys("140");
        click(By.xpath("//button[normalize-space()='Lưu tiến độ']"));
        browser.waitFor(d -> !d.findElements(By.id("percent-error")).isEmpty());
        assertThat(browser.find(By.id("percent-error")).getText()).as("the service's refusal next to the field")
                .contains("Tiến độ phải từ 0 đến 100");
        assertThat(browser.find(By.id("percent")).getAttribute("value")).as("what the person typed is kept")
                .isEqualTo("140");
        browser.find(By.id("note-text")).sendKeys("Đã phân công cán bộ đầu mối");
        WebElement addNote = browser.find(By.xpath("//button[normalize-space()='Thêm ghi chú']"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block:'center'})", addNote);
        new org.openqa.selenium.interactions.Actions(browser.driver()).doubleClick(addNote).perform();
        browser.waitFor(d -> browser.text().contains("Đã thêm ghi chú."));
        assertThat(browser.find(By.cssSelector("ol.history")).getText().split("Đã phân công cán bộ đầu mối", -1))
                .as("a double click adds the note once").hasSize(2);
        browser.find(By.id("summary")).sendKeys("Đã kiện toàn đội ngũ công chức đầu mối tại 7 phòng, đơn vị");
        click(By.xpath("//button[normalize-space()='Gửi kết quả']"));
        browser.waitFor(d -> browser.text().contains("Đã gửi kết quả thực hiện"));
        assertThat(browser.text()).contains("Chờ xác nhận");
        browser.open(base + "/inbox");
        browser.visited("hop-thu");
        browser.open(base + "/reports");
        browser.visited("bao-cao-don-vi");

        signIn("vanphong.skhcn", "/review");
        browser.reloadUntilShown(TASK_1_1);
        browser.visited("can-xu-ly");
        click(By.cssSelector("a[aria-label^='Xem và xác nhận kết quả nhiệm vụ 1.1 của Văn phòng Sở']"));
        click(By.xpath("//button[normalize-space()='Chấp nhận kết quả']"));
        browser.waitFor(d -> browser.text().contains("Đã chấp nhận kết quả"));
        assertThat(browser.text()).contains("Hoàn thành");

        browser.open(base + "/dashboard?asOf=" + LocalDate.now());
        By completedOnTime = By.xpath("//tr[th[normalize-space()='Văn phòng Sở']]/td[2]");
        browser.waitFor(d -> {
            if (!d.findElements(completedOnTime).isEmpty() && "1".equals(d.findElement(completedOnTime).getText())) {
                return true;
            }
            d.navigate().refresh();
            return false;
        });
        browser.visited("tong-quan");
        browser.open(base + "/reports");
        browser.visited("bao-cao");
        assertThat(totalsInThePage()).as("the department report's totals (lead): the page and the .xlsx")
                .isEqualTo(totalsInTheWorkbook(browser.find(By.id("period")).getAttribute("value")))
                .first().isEqualTo(1L);
        browser.open(base + "/admin");
        assertThat(browser.text()).contains("Danh mục đơn vị", "Nhật ký gửi thông báo");
        browser.visited("quan-tri");
        browser.open(base + "/admin/units/SKHCN.VP/contact");
        assertThat(browser.text()).contains("Thông tin liên hệ: Văn phòng Sở", "Khóa bí mật của webhook");
        browser.visited("quan-tri-lien-he");
    }

    @Test
    @Order(3)
    void aUnitCannotOpenAnotherUnitsAssignment() {
        assertThat(assignmentPage).as("the story ran first").isNotNull();
        signIn("qlkh.skhcn", assignmentPage.substring(base.length()));

        assertThat(browser.text()).contains("Bạn không có quyền xem hoặc thực hiện việc này")
                .doesNotContain(TASK_1_1);
        browser.visited("tu-choi-truy-cap");
    }

    @Test
    @Order(4)
    void theProvinceSeesNoActionButtons() {
        assertThat(assignmentPage).as("the story ran first").isNotNull();
        signIn("ubnd.tinh", assignmentPage.substring(base.length()));

        assertThat(browser.text()).contains(TASK_1_1).doesNotContain("Thao tác");
        assertThat(browser.driver().findElements(By.cssSelector("main button"))).isEmpty();
        browser.visited("tinh-xem-nhiem-vu");
        browser.open(base + "/plans?department=SKHCN");
        assertThat(browser.text()).contains("258/KH-SKHCN").doesNotContain("Nhập kế hoạch từ văn bản");
        browser.visited("tinh-ke-hoach");
        browser.find(By.linkText("Luồng sự kiện")).click();
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/events"));
        assertThat(browser.text()).contains("Kênh plan-issued", "vn.dondoc.plan.issued.v1", "Khóa bản ghi");
        browser.visited("tinh-luong-su-kien");

        browser.open(base + "/plans/import");
        browser.find(By.id("document")).sendKeys(Path.of("..", "plan-service", "src", "test", "resources",
                "province-seeds", "ubnd-22-kh-ubnd-2025.txt").toAbsolutePath().normalize().toString());
        click(By.xpath("//button[normalize-space()='Đọc văn bản']"));
        browser.waitFor(d -> d.getCurrentUrl().contains("/drafts/"));
        click(By.xpath("//button[normalize-space()='Ban hành kế hoạch']"));
        browser.waitFor(d -> d.getCurrentUrl().matches(".*/plans/[^/]+$"));
        click(By.linkText("Tổng hợp theo Sở"));
        browser.reloadUntilShown("Sở Khoa học và Công nghệ");
        assertThat(browser.text()).contains("Tổng hợp theo Sở: 22/KH-UBND", "Chủ trì", "Chưa có kế hoạch");
        browser.visited("tinh-tong-hop-theo-so");
    }

    /** Completed on time, completed late, open within the deadline, overdue: the total line of the page's table. */
    private List<Long> totalsInThePage() {
        return browser.driver().findElements(By.cssSelector("table.report tfoot td")).stream().limit(4)
                .map(cell -> Long.valueOf(cell.getText().strip())).toList();
    }

    /** The same four numbers of the .xlsx the page links to, downloaded in the signed-in session. */
    private List<Long> totalsInTheWorkbook(String period) throws IOException {
        String session = browser.driver().manage().getCookieNamed("DONDOC_SESSION").getValue();
        byte[] file;
        try {
            file = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(base + "/reports/" + period + "/xlsx"))
                    .header("Cookie", "DONDOC_SESSION=" + session).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray()).body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(file))) {
            for (org.apache.poi.ss.usermodel.Row row : workbook.getSheetAt(0)) {
                if (row.getCell(1) != null && "Tổng cộng".equals(row.getCell(1).toString())) {
                    return java.util.stream.IntStream.of(3, 4, 5, 7)
                            .mapToObj(column -> (long) row.getCell(column).getNumericCellValue()).toList();
                }
            }
        }
        throw new AssertionError("no total line in the workbook");
    }

    /** Signs out whoever was signed in, then signs in at the provider and lands on the page asked for. */
    private void signIn(String username, String path) {
        app.signIn(username, path);
    }

    /** Sets exactly these lead and (when given) coordinating units on a draft task row, and saves it. */
    private void setUnits(String taskId, List<String> leads, List<String> coordinators) {
        WebElement row = browser.find(By.id("task-" + taskId));
        for (WebElement box : row.findElements(By.cssSelector("input[name=leadUnits]"))) {
            tick(box, leads.contains(box.getAttribute("value")));
        }
        if (coordinators != null) {
            for (WebElement box : row.findElements(By.cssSelector("input[name=coordinatorUnits]"))) {
                tick(box, coordinators.contains(box.getAttribute("value")));
            }
        }
        row.findElement(By.tagName("button")).click();
        browser.waitFor(d -> d.findElement(By.id("task-" + taskId)).getText().contains("Đã lưu đơn vị của nhiệm vụ."));
    }

    private void tick(WebElement box, boolean on) {
        if (box.isSelected() != on) {
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block:'center'})", box);
            box.click();
        }
    }

    private void click(By by) {
        browser.click(by);
    }
}
