package vn.dondoc.local.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One real Chromium (Debian's chromium and chromium-driver, headless) for a test class: pages are
 * checked with axe-core (no serious or critical violation) and photographed at 1366×768 when the
 * system property {@code dondoc.screenshots} names a folder.
 */
final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final ChromeDriverService service;
    private final Path screenshots;

    Browser() {
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--lang=vi-VN", "--window-size=1366,768");
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1366, 768));
        String folder = System.getProperty("dondoc.screenshots");
        screenshots = folder == null || folder.isBlank() ? null : Path.of(folder);
    }

    WebDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement find(By by) {
        return waitFor(d -> d.findElement(by));
    }

    <T> T waitFor(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.NoSuchElementException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition::apply);
    }

    /** Reloads the page until it shows the text (the events take a moment to go through the broker). */
    /** Scrolls the element to the middle of the window (the sticky header cannot cover it) and clicks it. */
    void click(By by) {
        WebElement element = find(by);
        scrollIntoView(element);
        element.click();
    }

    /** Brings the element to the middle of the window. */
    void scrollIntoView(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", element);
    }

    void reloadUntilShown(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofMillis(700)).until(d -> {
            if (d.getPageSource().contains(text)) {
                return true;
            }
            d.navigate().refresh();
            return false;
        });
    }

    /** Another window size (375 × 812: a phone), until set back. */
    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** axe-core on the page as it is: no serious or critical violation. */
    void checkAccessibility(String page) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        List<String> bad = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(Browser::describe).toList();
        assertThat(bad).as("axe-core on " + page + " (" + driver.getCurrentUrl() + ")").isEmpty();
    }

    /** Saves a screenshot of the page as {@code <name>.png} when screenshots are asked for. */
    void screenshot(String name) {
        if (screenshots == null) {
            return;
        }
        try {
            Files.createDirectories(screenshots);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Both: axe-core, then the screenshot. */
    void visited(String name) {
        checkAccessibility(name);
        screenshot(name);
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " — "
                + rule.getNodes().stream().limit(3).map(node -> String.valueOf(node.getTarget())).toList();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
        }
    }
}
