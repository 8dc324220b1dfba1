package org.mskguide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.mskguide.quiz.Question;
import org.mskguide.quiz.QuestionBank;
import org.mskguide.web.LinkChecker;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every page on a 390 x 844 phone: no page is wider than the screen (a reader would have to pan sideways and lose
 * the ends of lines), and every radio button and checkbox is at least 24 px square (WCAG 2.2 target size). The
 * pages are the link crawl from {@code /}, each topic quiz with a picture question, a quiz of only picture
 * questions, a class quiz, and the pages only a form leads to. Screenshots of failing pages: {@code target/phone/}.
 */
@QuarkusTest
class PhoneLayoutTest {

    static final int WIDTH = 390;
    static final int HEIGHT = 844;
    static final int MIN_TARGET = 24;
    static final Path OUT = Toolchain.TARGET.resolve("phone");

    /** Pages only a form leads to. */
    static final List<String> FORM_PAGES = List.of("/search?q=anisotrophy", "/search?q=tendon",
            "/eligibility/result?credential=yes&studies=100&perMonth=8&spi=yes&spiDate=2025-06-01",
            "/eligibility/planner/result?applyIn=2027-06&perMonth=4&log=2025-03+12%0A2025-04+9%0A2025-09+20"
                    + "%0A2026-02+15");

    /**
     * What the reader would see: the page's width against the screen's, the widest element that sticks out (to name
     * the culprit) and the choices smaller than a finger's target.
     */
    static final String MEASURE = """
            const root = document.documentElement;
            const screen = root.clientWidth;
            let widest = '';
            let right = screen;
            for (const e of document.body.querySelectorAll('*')) {
              const r = e.getBoundingClientRect();
              if (r.width > 0 && r.right > right + 0.5 && getComputedStyle(e).position !== 'fixed') {
                let scroller = e.parentElement;
                while (scroller && scroller !== document.body
                    && !['auto', 'scroll', 'hidden'].includes(getComputedStyle(scroller).overflowX)) {
                  scroller = scroller.parentElement;
                }
                if (!scroller || scroller === document.body) {
                  right = r.right;
                  widest = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                      + (e.className && e.className.baseVal === undefined ? '.' + e.className.split(' ').join('.') : '');
                }
              }
            }
            const small = [];
            for (const input of document.querySelectorAll('input[type=radio], input[type=checkbox]')) {
              const r = input.getBoundingClientRect();
              if (r.width > 0 && (r.width < arguments[0] || r.height < arguments[0])) {
                small.push((input.id || input.name) + ' ' + Math.round(r.width) + 'x' + Math.round(r.height));
              }
            }
            return [String(root.scrollWidth), String(screen), widest, small.join(', ')];
            """;

    private static final Browser.Lazy BROWSER = new Browser.Lazy();

    @TestHTTPResource("/")
    URL root;

    @Inject
    QuestionBank bank;

    @AfterAll
    static void stopBrowser() {
        BROWSER.close();
    }

    @Test
    void everyPageFitsAPhoneAndItsChoicesAreBigEnoughToTap() {
        Set<String> paths = new LinkedHashSet<>(crawled());
        // Every topic quiz with a picture (also linked, but named here so the check cannot lose them), and one quiz
        // of every picture question: the mixed quiz draws them only now and then.
        List<Question> pictures = bank.questions().stream().filter(q -> q.picture() != null).toList();
        assertThat(pictures).as("picture questions to check").isNotEmpty();
        pictures.forEach(q -> paths.add("/quiz?topic=" + q.topic()));
        paths.add("/quiz?questions=" + String.join(",", pictures.stream().map(Question::id).toList()));
        paths.addAll(FORM_PAGES);

        ChromeDriver driver = BROWSER.get().driver();
        List<String> tooWide = new ArrayList<>();
        List<String> tooSmall = new ArrayList<>();
        phone(driver);
        try {
            for (String path : paths) {
                check(driver, path, tooWide, tooSmall);
            }
            // A class quiz of the picture topic, as a student opens it from the instructor's link.
            check(driver, classQuiz(driver, pictures.get(0).topic()), tooWide, tooSmall);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }

        assertThat(tooWide).as("pages wider than a %d px phone; screenshots in target/phone/", WIDTH).isEmpty();
        assertThat(tooSmall).as("radio buttons and checkboxes under %d px", MIN_TARGET).isEmpty();
    }

    private void check(ChromeDriver driver, String path, List<String> tooWide, List<String> tooSmall) {
        driver.get(url(path));
        @SuppressWarnings("unchecked")
        List<String> measured = (List<String>) driver.executeScript(MEASURE, MIN_TARGET);
        int width = Integer.parseInt(measured.get(0));
        int screen = Integer.parseInt(measured.get(1));
        if (width > screen || screen != WIDTH) {
            tooWide.add(path + ": " + width + " px wide on a " + screen + " px screen, widest: " + measured.get(2));
            screenshot(driver, path);
        }
        if (!measured.get(3).isEmpty()) {
            tooSmall.add(path + ": " + measured.get(3));
        }
    }

    private static void phone(ChromeDriver driver) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", WIDTH, "height", HEIGHT,
                "deviceScaleFactor", 1, "mobile", true));
    }

    /** Sets up a class quiz through the instructors' form and returns the student's link (path only). */
    private String classQuiz(ChromeDriver driver, String topic) {
        driver.get(url("/instructors/class-quizzes/new"));
        driver.findElement(By.id("label")).sendKeys("Phone check");
        driver.findElement(By.cssSelector("label[for=topic-" + topic + "]")).click();
        BROWSER.get().clickAndLoad(driver.findElement(By.cssSelector("main form button[type=submit]")));
        String student = driver.findElement(By.id("student-url")).getAttribute("value");
        return student.replaceFirst("^https?://[^/]+", "");
    }

    private List<String> crawled() {
        try {
            return List.copyOf(LinkChecker.crawl(LinkChecker.http(root.toURI()), Set.of()).htmlPages().keySet());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void screenshot(ChromeDriver driver, String path) {
        try {
            Files.createDirectories(OUT);
            Files.write(OUT.resolve(SitePages.name(path) + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String url(String path) {
        return root.toString().replaceFirst("/$", "") + path;
    }
}
