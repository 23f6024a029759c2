package vn.dondoc.local.browser;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.openqa.selenium.By;
import org.springframework.kafka.test.condition.EmbeddedKafkaCondition;
import vn.dondoc.eventing.testing.FreePorts;
import vn.dondoc.eventing.testing.InMemoryMongo;
import vn.dondoc.local.LocalSystem;
import vn.dondoc.local.LocalWeb;

/**
 * What every browser test class starts: the whole local system (identity provider and the four
 * services) on the class's embedded broker and the in-JVM store shared by all classes, the web
 * application on a free port, and one Chromium; and how a person signs in there.
 */
final class SystemInBrowser implements AutoCloseable {

    /** The example accounts' password of the local run. */
    static final String PASSWORD = "dondoc-local";

    final LocalSystem system;
    final LocalWeb web;
    final Browser browser;
    /** The web application's address, {@code http://localhost:<port>}. */
    final String base;
    /** The identity provider's issuer. */
    final String issuer;

    private SystemInBrowser(LocalSystem system, LocalWeb web, Browser browser, String base) {
        this.system = system;
        this.web = web;
        this.browser = browser;
        this.base = base;
        this.issuer = system.issuer();
    }

    /** Starts the system (report reminders off) and a browser; needs the class's {@code @EmbeddedKafka}. */
    static SystemInBrowser start() throws IOException {
        int webPort = FreePorts.run(1);
        String base = "http://localhost:" + webPort;
        Map<String, String> identity = Map.of("identity.web.redirect-uris", base + "/login/oauth2/code/dondoc",
                "identity.web.post-logout-redirect-uris", base + "/");
        Map<String, String> overrides = new HashMap<>();
        overrides.put("spring.kafka.bootstrap-servers", EmbeddedKafkaCondition.getBroker().getBrokersAsString());
        overrides.put("spring.mongodb.uri", InMemoryMongo.connectionString());
        overrides.put("reporting.reminders.enabled", "false");
        overrides.put("dondoc.web.base-url", base);
        LocalSystem system = LocalSystem.start(identity, overrides, 0);
        LocalWeb web = LocalWeb.start(system, system.issuer(), webPort, Map.of());
        return new SystemInBrowser(system, web, new Browser(), base);
    }

    /** Signs in afresh as the example account and lands on {@code path}. */
    void signIn(String username, String path) {
        browser.open(base + "/css/app.css");
        browser.driver().manage().deleteAllCookies();
        browser.open(base + path);
        browser.find(By.id("username")).sendKeys(username);
        browser.find(By.id("password")).sendKeys(PASSWORD);
        browser.find(By.cssSelector("button[type=submit]")).click();
        browser.waitFor(d -> d.getCurrentUrl().startsWith(base + path));
    }

    @Override
    public void close() {
        browser.close();
        web.close();
        system.close();
    }
}
