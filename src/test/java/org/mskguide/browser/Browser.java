package org.mskguide.browser;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.mskguide.browser.Toolchain.Tool;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its own chromedriver, with a fresh profile under {@code target/} and the
 * flags that keep it off the network. The driver path is always given, so Selenium Manager never downloads one.
 * <p>
 * Example: {@code try (Browser browser = Browser.start(false)) { browser.driver().get(url); }} for a reader who
 * has JavaScript turned off.
 */
public final class Browser implements AutoCloseable {

    /** The flags from TOOLCHAIN.md; Lighthouse's Chromium gets the same ones. */
    public static final List<String> FLAGS = List.of("--headless=new", "--no-sandbox", "--disable-gpu",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--disable-dev-shm-usage");

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A new browser; {@code javascript=false} blocks page scripts the way a reader's setting would. */
    public static Browser start(boolean javascript) {
        Toolchain.require(Tool.CHROMIUM, Tool.CHROMEDRIVER);
        Path profiles = Toolchain.TARGET.resolve("browser-profiles");
        Path profile = profiles.resolve(UUID.randomUUID().toString());
        try {
            Files.createDirectories(profile);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the browser profile " + profile, e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Tool.CHROMIUM.path().toFile());
        options.addArguments(FLAGS);
        options.addArguments("--user-data-dir=" + profile, "--window-size=1280,900", "--lang=en-US");
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Tool.CHROMEDRIVER.path().toFile())
                .usingAnyFreePort()
                .withLogFile(profiles.resolve("chromedriver.log").toFile())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return new Browser(driver, profile);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /**
     * Clicks a link or button that loads another page, and returns once the browser has left the current one
     * (a click returns as soon as it is dispatched, before a form's navigation starts).
     */
    public void clickAndLoad(WebElement element) {
        WebElement page = driver.findElement(By.tagName("html"));
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> isGone(page));
    }

    /**
     * Whether an element's document has been replaced. While Chromium tears the old document down, a query on
     * its node can fail with a generic inspector error instead of a stale reference; that means "not yet", so
     * the wait polls again rather than failing the test.
     */
    public static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            return false;
        }
    }

    /** Emulates {@code prefers-color-scheme: dark} (or goes back to light) for the pages loaded from now on. */
    public void colourScheme(String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** Whether this browser runs page scripts, tried on a fixture page that retitles itself when they run. */
    public boolean runsPageScripts() {
        try {
            driver.get(Browser.class.getResource("/fixtures/pages/script-probe.html").toURI().toString());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return "scripts ran".equals(driver.getTitle());
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    /**
     * A browser shared by the tests of one class, started by the first test that asks for it, so that a test
     * needing no browser still runs where Chromium is missing, and each skipped test says why.
     * Use: {@code static final Browser.Lazy BROWSER = new Browser.Lazy();} and {@code BROWSER.close()} in
     * {@code @AfterAll}.
     */
    public static final class Lazy implements AutoCloseable {
        private Browser browser;

        /** The browser, with JavaScript on; started on first use. */
        public synchronized Browser get() {
            if (browser == null) {
                browser = Browser.start(true);
            }
            return browser;
        }

        @Override
        public synchronized void close() {
            if (browser != null) {
                browser.close();
                browser = null;
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // A leftover profile under target/ is harmless; the next clean removes it.
        }
    }
}
