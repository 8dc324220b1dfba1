package org.mskguide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A reader finds the explorers from the footer and changes a view with the keyboard alone. With JavaScript the
 * picture follows the radio buttons without a reload, the address follows too, and the new sentence is in a live
 * region; without it, the button loads the view's address and lands on the result. Both end on the same page.
 * Screenshots of each explorer in light, dark, phone width and print go to {@code target/explorers/} for review.
 */
@QuarkusTest
class ExplorerFlowTest {

    static final Path SHOTS = Toolchain.TARGET.resolve("explorers");

    @TestHTTPResource("/")
    URL root;

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = { true, false })
    void aReaderPicksAnAngleWithTheKeyboardAndSeesTheResult(boolean javascript) {
        try (Browser browser = Browser.start(javascript)) {
            assertThat(browser.runsPageScripts()).isEqualTo(javascript);
            ChromeDriver driver = browser.driver();
            driver.get(root.toString());
            browser.clickAndLoad(driver.findElement(By.cssSelector("footer a[href='/explore']")));
            browser.clickAndLoad(driver.findElement(By.cssSelector("main a[href='/explore/beam-angle']")));
            assertThat(driver.findElement(By.id("result")).getText()).isEqualTo("At 0 degrees: tendon brighter than muscle");
            WebElement page = driver.findElement(By.tagName("html"));

            // The checked radio is the group's one Tab stop; the arrow keys move through 0, 2, 4, 7, 10.
            tabTo(driver, driver.findElement(By.cssSelector("input[name=angle]:checked")));
            for (int press = 0; press < 4; press++) {
                new Actions(driver).sendKeys(Keys.ARROW_RIGHT).perform();
            }
            assertThat(driver.findElement(By.cssSelector("input[name=angle]:checked")).getAttribute("value"))
                    .isEqualTo("10");

            if (javascript) {
                waitFor(driver, "At 10 degrees: tendon darker than muscle");
                assertThat(page.isDisplayed()).as("the same page, not a reload").isTrue();
                assertThat(driver.getCurrentUrl()).isEqualTo(root + "explore/beam-angle?angle=10");
                assertThat(driver.getTitle()).startsWith("Beam angle explorer: 10 degrees");
                assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("angle-10");
                assertThat(PageChecks.all(browser, "explore-beam-angle-after-script")).isEmpty();
            } else {
                tabTo(driver, driver.findElement(By.cssSelector(".explorer-form button[type=submit]")));
                WebElement before = driver.findElement(By.tagName("html"));
                new Actions(driver).sendKeys(Keys.ENTER).perform();
                new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Browser.isGone(before));
                assertThat(driver.getCurrentUrl()).isEqualTo(root + "explore/beam-angle?angle=10#result");
                // Landing on the fragment moves the keyboard's starting point to the result: Tab goes on from there,
                // through the simulated image's long description, to the link to this view.
                new Actions(driver).sendKeys(Keys.TAB).perform();
                assertThat(driver.switchTo().activeElement().findElement(By.xpath("ancestor::section")).getAttribute("id"))
                        .isEqualTo("explorer-result");
                for (int press = 0; press < 3 && !"explorer-link".equals(driver.switchTo().activeElement().getAttribute("id")); press++) {
                    new Actions(driver).sendKeys(Keys.TAB).perform();
                }
                assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("explorer-link");
            }
            WebElement result = driver.findElement(By.id("explorer-result"));
            assertThat(result.findElement(By.id("result")).getText()).isEqualTo("At 10 degrees: tendon darker than muscle");
            assertThat(result.findElement(By.cssSelector("#explorer-live[aria-live=polite]")).getText())
                    .contains("(hypoechoic)");
            // The screen is the simulated image of the tendon at this tilt.
            assertThat(result.findElement(By.cssSelector("img.sonogram")).getAttribute("src")).contains("tilt=10");
            assertThat(result.findElement(By.id("explorer-link")).getAttribute("href"))
                    .isEqualTo(root + "explore/beam-angle?angle=10");
        }
    }

    @Test
    void theNeedlePictureFollowsEveryGroupWithoutAReload() {
        try (Browser browser = Browser.start(true)) {
            ChromeDriver driver = browser.driver();
            driver.get(root + "explore/needle");
            WebElement page = driver.findElement(By.tagName("html"));

            driver.findElement(By.cssSelector("label[for=approach-out-of-plane]")).click();
            waitFor(driver, "Out of plane at 30 degrees, 2 cm deep: a bright dot");
            driver.findElement(By.cssSelector("label[for=depth-4]")).click();
            waitFor(driver, "Out of plane at 30 degrees, 4 cm deep: a bright dot");
            driver.findElement(By.cssSelector("label[for=angle-60]")).click();
            waitFor(driver, "Out of plane at 60 degrees, 4 cm deep: a faint dot");

            assertThat(page.isDisplayed()).isTrue();
            assertThat(driver.getCurrentUrl()).isEqualTo(root + "explore/needle?approach=out-of-plane&depth=4&angle=60");
            // The side drawing shows the needle's path; the screen is the simulated image of this view.
            assertThat(driver.findElements(By.cssSelector("svg line.ex-needle"))).hasSize(1);
            assertThat(driver.findElement(By.cssSelector("#explorer-result img.sonogram")).getAttribute("src"))
                    .contains("out-of-plane").contains("needleAngle=60");
            assertThat(driver.findElement(By.cssSelector("#explorer-live")).getText()).contains("dot")
                    .contains("60 degrees");
        }
    }

    @Test
    void theImageSettingsPictureAndNotesFollowTheControlsWithoutAReload() {
        try (Browser browser = Browser.start(true)) {
            ChromeDriver driver = browser.driver();
            driver.get(root + "explore/knobology");
            WebElement page = driver.findElement(By.tagName("html"));

            driver.findElement(By.cssSelector("label[for=frequency-18]")).click();
            waitFor(driver, "18 MHz, 5 cm deep, focus at 2 cm, gain 0 dB");

            assertThat(page.isDisplayed()).isTrue();
            assertThat(driver.getCurrentUrl()).isEqualTo(root + "explore/knobology?frequency=18&depth=5&focus=2&gain=0");
            assertThat(driver.findElement(By.cssSelector("#explorer-result img.sonogram")).getAttribute("src"))
                    .contains("frequency=18");
            assertThat(driver.findElement(By.cssSelector(".explorer-notes")).getText()).contains("Frequency, 18 MHz");
            assertThat(driver.findElement(By.cssSelector("#explorer-live")).getText()).contains("Higher frequency");
        }
    }

    @Test
    void aWrongAddressShowsTheProblemsFocusedAndPassesEveryPageCheck() {
        try (Browser browser = Browser.start(true)) {
            ChromeDriver driver = browser.driver();
            driver.get(root + "explore/needle?approach=sideways&depth=12");

            WebElement summary = driver.findElement(By.id("error-summary"));
            assertThat(driver.switchTo().activeElement()).as("the error summary has focus").isEqualTo(summary);
            assertThat(summary.findElements(By.tagName("a"))).extracting(a -> a.getAttribute("hash"))
                    .containsExactly("#approach", "#depth");
            assertThat(driver.findElements(By.tagName("svg"))).isEmpty();
            assertThat(PageChecks.all(browser, "explore-needle-errors")).isEmpty();
        }
    }

    @Test
    void screenshotsInLightDarkPhoneAndPrint() throws IOException {
        Files.createDirectories(SHOTS);
        List<String> views = List.of("explore", "explore/beam-angle?angle=0", "explore/beam-angle?angle=4",
                "explore/beam-angle?angle=10", "explore/needle?approach=in-plane&depth=2",
                "explore/needle?approach=out-of-plane&depth=4", "explore/needle?approach=in-plane&depth=3&angle=60",
                "explore/beam-angle?angle=abc", "explore/knobology", "explore/knobology?frequency=18",
                "explore/knobology?frequency=6&gain=10", "explore/knobology?depth=3&focus=5");
        try (Browser browser = Browser.start(true)) {
            ChromeDriver driver = browser.driver();
            for (String view : views) {
                for (String mode : List.of("light", "dark", "phone", "print")) {
                    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of(
                            "media", mode.equals("print") ? "print" : "screen",
                            "features", List.of(Map.of("name", "prefers-color-scheme",
                                    "value", mode.equals("dark") ? "dark" : "light"))));
                    if (mode.equals("phone")) {
                        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 360, "height",
                                800, "deviceScaleFactor", 2, "mobile", true));
                    } else {
                        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
                    }
                    driver.get(root + view);
                    Path file = SHOTS.resolve(SitePages.name("/" + view) + "-" + mode + ".png");
                    Files.write(file, shot(driver, null));
                    assertThat(file).isNotEmptyFile();
                    if (!driver.findElements(By.id("explorer-result")).isEmpty()) {
                        Files.write(SHOTS.resolve(SitePages.name("/" + view) + "-" + mode + "-result.png"),
                                shot(driver, "explorer-result"));
                    }
                }
            }
        }
    }

    /** The whole page, or only the element with this id. */
    @SuppressWarnings("unchecked")
    private static byte[] shot(ChromeDriver driver, String id) {
        Map<String, Object> clip;
        if (id == null) {
            Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
            clip = Map.of("x", 0, "y", 0, "width", ((Number) size.get("width")).doubleValue(),
                    "height", Math.min(((Number) size.get("height")).doubleValue(), 6000), "scale", 1);
        } else {
            Map<String, Object> box = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(
                    "const r = document.getElementById(arguments[0]).getBoundingClientRect();"
                            + " return {x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height};",
                    id);
            clip = Map.of("x", ((Number) box.get("x")).doubleValue(), "y", ((Number) box.get("y")).doubleValue(),
                    "width", ((Number) box.get("width")).doubleValue(),
                    "height", ((Number) box.get("height")).doubleValue(), "scale", 1);
        }
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    private static void tabTo(ChromeDriver driver, WebElement target) {
        ((JavascriptExecutor) driver).executeScript("document.activeElement && document.activeElement.blur();"
                + " window.scrollTo(0, 0);");
        for (int press = 0; press < 60; press++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            if (driver.switchTo().activeElement().equals(target)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + target);
    }

    private static void waitFor(ChromeDriver driver, String heading) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> heading.equals(d.findElement(By.id("result")).getText()));
    }

}
