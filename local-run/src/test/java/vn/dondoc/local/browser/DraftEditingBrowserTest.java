package vn.dondoc.local.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.kafka.test.context.EmbeddedKafka;
import vn.dondoc.local.LocalSystem;
import vn.dondoc.local.LocalWeb;

/**
 * The office of Sở Dân tộc và Tôn giáo corrects an imported draft before issuing it, then amends
 * the issued plan, in real Chromium against the whole system: the draft has no number, no full
 * date, a parent plan cited with the wrong year and a task whose timeframe the importer cannot
 * read. A refused header keeps what was typed next to the message; the corrected header and
 * timeframe are what the issued plan carries; the amendment page sends a new due date and the plan
 * page shows what was sent. axe-core checks every page visited. (Plan number 73/KH-SDTTG: used by
 * no other class sharing the in-JVM store.)
 */
@EmbeddedKafka(partitions = 1)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DraftEditingBrowserTest {

    static final String PASSWORD = SystemInBrowser.PASSWORD;

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
    void theOfficeCorrectsTheHeaderAndATimeframeIssuesThePlanAndAmendsIt() {
        // given: the office imports an unnumbered draft citing 22/KH-UBND with the wrong year
        signIn("vanphong.sdttg", "/plans/import");
        browser.find(By.id("document")).sendKeys(Path.of("src", "test", "resources", "browser",
                "sdttg-draft-editing.txt").toAbsolutePath().normalize().toString());
        click(By.xpath("//button[normalize-space()='Đọc văn bản']"));
        browser.waitFor(d -> d.getCurrentUrl().contains("/drafts/"));
        assertThat(browser.text()).contains("Phần đầu kế hoạch", "Kế hoạch chưa có số",
                "Kế hoạch số 22/KH-UBND năm 2024 của UBND tỉnh chưa được đăng ký",
                "Nhiệm vụ 2: chưa xác định được thời hạn \"Sớm\"");
        assertThat(browser.find(By.id("h-parent-0")).getAttribute("value")).isEqualTo("22/KH-UBND");

        // when: a coverage ending before it starts is refused, next to the field, with what was typed kept
        type(By.id("h-number"), "73/KH-SDTTG");
        date("h-issuedOn", "2026-03-10");
        date("h-coverageStart", "2026-04-01");
        date("h-coverageEnd", "2026-03-31");
        type(By.id("h-signer"), "Hoàng Văn Kiên");
        click(By.xpath("//button[normalize-space()='Lưu phần đầu kế hoạch']"));
        browser.waitFor(d -> browser.text().contains("Ngày kết thúc phải từ ngày bắt đầu trở đi"));
        assertThat(browser.find(By.id("h-coverageEnd")).getAttribute("value")).isEqualTo("2026-03-31");
        assertThat(browser.find(By.id("h-coverageEnd-day")).getText()).as("the day as people read it").isEqualTo("31/03/2026");
        assertThat(browser.find(By.id("h-number")).getAttribute("value")).as("what was typed is kept")
                .isEqualTo("73/KH-SDTTG");
        browser.visited("ban-nhap-phan-dau-loi");

        // and the corrected header is saved
        date("h-coverageEnd", "2026-12-31");
        date("h-parent-date-0", "2025-08-05");
        click(By.xpath("//button[normalize-space()='Lưu phần đầu kế hoạch']"));
        browser.waitFor(d -> browser.text().contains("Đã lưu phần đầu kế hoạch."));
        assertThat(browser.text()).doesNotContain("Kế hoạch chưa có số", "22/KH-UBND năm 2024");

        // and task 2 gets a deadline: its finding goes
        WebElement row = browser.find(By.id("task-T2"));
        new Select(row.findElement(By.id("kind-T2"))).selectByVisibleText("Có hạn cụ thể");
        date("due-T2", "2026-09-30");
        WebElement save = row.findElement(By.xpath(".//button[normalize-space()='Lưu thời hạn']"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block:'center'})", save);
        new org.openqa.selenium.interactions.Actions(browser.driver()).doubleClick(save).perform();
        browser.waitFor(d -> d.findElement(By.id("task-T2")).getText().contains("Đã lưu thời hạn của nhiệm vụ."));
        assertThat(browser.find(By.id("task-T2")).getText()).contains("Có hạn cụ thể", "hạn 30/09/2026")
                .doesNotContain("chưa xác định được thời hạn");
        scrollTo(By.id("task-T2"));
        browser.visited("ban-nhap-thoi-han");
        browser.driver().navigate().refresh();
        browser.find(By.id("header"));
        ((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0)");
        browser.visited("ban-nhap-phan-dau");

        // then: issued with the corrected header
        click(By.xpath("//button[normalize-space()='Ban hành kế hoạch']"));
        browser.waitFor(d -> d.getCurrentUrl().matches(".*/plans/[^/]+$"));
        assertThat(browser.text()).contains("Đã ban hành kế hoạch 73/KH-SDTTG", "Ngày ban hành 10/03/2026",
                "Thực hiện kế hoạch 22/KH-UBND", "30/09/2026");

        // when: the office amends task 2's due date
        click(By.linkText("Sửa đổi"));
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/amend"));
        assertThat(browser.text()).contains("Sửa đổi kế hoạch 73/KH-SDTTG", "Lý do sửa đổi");
        type(By.id("reason"), "Lùi hạn biên soạn tài liệu hỏi đáp");
        date("t1-due", "2026-10-31");
        scrollTo(By.id("amend-task-1"));
        browser.visited("sua-doi-ke-hoach");
        click(By.xpath("//button[normalize-space()='Gửi bản sửa đổi']"));

        // then: the plan page shows what was sent
        browser.waitFor(d -> d.getCurrentUrl().matches(".*/plans/[^/]+$"));
        assertThat(browser.text()).contains("Đã gửi bản sửa đổi kế hoạch 73/KH-SDTTG (phiên bản 2)",
                "Nội dung sửa đổi đã gửi", "Lý do: Lùi hạn biên soạn tài liệu hỏi đáp",
                "Nhiệm vụ 2: hạn 30/09/2026 → 31/10/2026", "Đã điều chỉnh", "31/10/2026");
        browser.visited("ke-hoach-da-sua-doi");
    }

    /** Signs out whoever was signed in, then signs in at the provider and lands on the page asked for. */
    private void signIn(String username, String path) {
        app.signIn(username, path);
    }

    private void type(By by, String text) {
        WebElement input = browser.find(by);
        input.clear();
        input.sendKeys(text);
    }

    /** A date input's value as the browser would send it (typing depends on the browser's locale). */
    private void date(String id, String isoDate) {
        ((JavascriptExecutor) browser.driver()).executeScript("var input = document.getElementById(arguments[0]);"
                + " input.value = arguments[1]; input.dispatchEvent(new Event('input', {bubbles: true}))", id, isoDate);
    }

    private void scrollTo(By by) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block:'start'})",
                browser.find(by));
    }

    private void click(By by) {
        browser.click(by);
    }
}
