package org.mskguide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.mskguide.chart.TextMetrics;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every kind of chart the site draws (the study plan, the self-check timeline, quiz statistics, a quiz result),
 * rendered by Chromium in the light and dark schemes and for print (with either scheme preferred). Each chart is
 * saved as a screenshot under {@code target/charts/} for a person to look at, and every label is checked: at least
 * 14 CSS px at the desktop width, contrast of 4.5:1 or more against the page, and inside its drawing; bars and lines
 * must reach 3:1. The pages whose charts no other browser test reaches also get every page check.
 */
@QuarkusTest
class ChartPagesTest {

    static final Path SHOTS = Toolchain.TARGET.resolve("charts");
    /** Light and dark on screen; print with each preference, since print overrides the page colours. */
    static final List<String> MODES = List.of("light", "dark", "print-light", "print-dark");

    /** Reads every chart on the page in the browser; returns one line per problem. */
    private static final String CHECK = """
            const luminance = c => {
              const [r, g, b] = c.match(/[\\d.]+/g).slice(0, 3).map(v => v / 255)
                .map(v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
              return 0.2126 * r + 0.7152 * g + 0.0722 * b;
            };
            const contrast = (a, b) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
              return (x + 0.05) / (y + 0.05); };
            const background = el => { for (let e = el; e; e = e.parentElement) {
                const c = getComputedStyle(e).backgroundColor;
                if (c && !c.startsWith('rgba(0, 0, 0, 0)') && c !== 'transparent') { return c; } }
              return 'rgb(255, 255, 255)'; };
            const problems = [];
            for (const svg of document.querySelectorAll('svg.chart-svg')) {
              const box = svg.getBoundingClientRect();
              const scale = box.width / svg.viewBox.baseVal.width;
              const bg = background(svg.parentElement);
              for (const t of svg.querySelectorAll('text')) {
                const style = getComputedStyle(t);
                const name = svg.id + ' "' + t.textContent.trim().slice(0, 50) + '"';
                const px = parseFloat(style.fontSize) * scale;
                if (px < 13.95) { problems.push(name + ': ' + px.toFixed(1) + ' px'); }
                const ratio = contrast(style.fill, bg);
                if (ratio < 4.5) { problems.push(name + ': contrast ' + ratio.toFixed(2) + ' (' + style.fill + ' on ' + bg + ')'); }
                const b = t.getBoundingClientRect();
                if (b.left < box.left - 0.5 || b.right > box.right + 0.5 || b.top < box.top - 0.5 || b.bottom > box.bottom + 0.5) {
                  problems.push(name + ': outside the drawing'); }
              }
              for (const shape of svg.querySelectorAll('.bar-solid, .threshold, polyline, .marker')) {
                const style = getComputedStyle(shape);
                const paint = shape.matches('.bar-solid') ? style.fill : style.stroke;
                const ratio = contrast(paint, bg);
                if (ratio < 3) { problems.push(svg.id + ' ' + shape.getAttribute('class') + ': contrast ' + ratio.toFixed(2)); }
              }
            }
            return problems;
            """;

    private static final Browser.Lazy BROWSER = new Browser.Lazy();

    @TestHTTPResource("/")
    URL root;

    @AfterAll
    static void stopBrowser() {
        BROWSER.close();
    }

    @Test
    void everyChartIsReadableInLightDarkAndPrint() throws IOException {
        Browser browser = BROWSER.get();
        Files.createDirectories(SHOTS);
        List<String> problems = new ArrayList<>();
        try {
            for (Map.Entry<String, String> page : pages().entrySet()) {
                for (String mode : MODES) {
                    media(browser, mode);
                    browser.driver().get(url(page.getValue()));
                    List<WebElement> charts = browser.driver().findElements(By.cssSelector("figure.chart"));
                    assertThat(charts).as(page.getKey() + " has a chart").isNotEmpty();
                    @SuppressWarnings("unchecked")
                    List<String> found = (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(CHECK);
                    found.forEach(problem -> problems.add(page.getKey() + " (" + mode + "): " + problem));
                    // The window as tall as the page, so each chart is captured whole and where it lies.
                    long tall = (Long) ((JavascriptExecutor) browser.driver())
                            .executeScript("return document.documentElement.scrollHeight");
                    metrics(browser, mode, (int) Math.min(tall, 16_000));
                    if (mode.equals("light")) {
                        problems.addAll(estimatesThatFallShort(browser, page.getKey()));
                    }
                    for (WebElement chart : charts) {
                        Files.write(SHOTS.resolve(chart.getAttribute("id") + "-" + mode + ".png"),
                                screenshot(browser, chart));
                    }
                }
            }
        } finally {
            media(browser, "light");
            browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }

        assertThat(problems).as("chart labels and marks; screenshots in target/charts/").isEmpty();
    }

    @Test
    void chartPagesNoOtherBrowserTestReachesPassEveryPageCheck() {
        Browser browser = BROWSER.get();
        List<String> problems = new ArrayList<>();
        Map<String, String> pages = pages();
        for (String name : List.of("self-check-timeline", "quiz-stats")) {
            browser.driver().get(url(pages.get(name)));
            problems.addAll(PageChecks.all(browser, "chart-" + name));
        }

        assertThat(problems).isEmpty();
    }

    /** One page for each kind of chart; a quiz attempt is stored first so that the statistics have bars. */
    private Map<String, String> pages() {
        String result = storeAttempt();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("study-plan", "/eligibility/planner/result?applyIn=2027-01&log=2024-01+10%0A2024-02+10%0A2025-06+40"
                + "%0A2026-10+30%0A2026-11+5");
        pages.put("self-check-timeline",
                "/eligibility/result?profession=physician&licence=yes&studies=100&real=yes&perMonth=8");
        pages.put("quiz-stats", "/quiz/stats");
        pages.put("quiz-result", result);
        return pages;
    }

    /** Stores a quiz attempt through the JSON API (one right answer, one wrong) and returns its result page. */
    private String storeAttempt() {
        String body = """
                {"answers": {"dynamic-what-it-is": "c", "dynamic-why-motion": "b"}}
                """;
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    url("/api/quiz/attempts"))).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            return "/quiz/results/" + response.headers().firstValue("Location").orElseThrow().replaceFirst(".*/", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Labels whose width the chart module guessed too small for the font this browser uses: the layout (wrapping,
     * keeping labels inside the picture) relies on the guess erring wide.
     */
    @SuppressWarnings("unchecked")
    private static List<String> estimatesThatFallShort(Browser browser, String page) {
        List<List<Object>> measured = (List<List<Object>>) ((JavascriptExecutor) browser.driver()).executeScript("""
                return [...document.querySelectorAll('svg.chart-svg tspan, svg.chart-svg text:not(:has(tspan))')]
                  .map(t => [t.textContent, parseFloat(getComputedStyle(t).fontSize), t.getComputedTextLength(),
                    parseInt(getComputedStyle(t).fontWeight) >= 600]);
                """);
        List<String> problems = new ArrayList<>();
        for (List<Object> m : measured) {
            String text = (String) m.get(0);
            double size = ((Number) m.get(1)).doubleValue();
            double actual = ((Number) m.get(2)).doubleValue();
            double estimate = TextMetrics.width(text, size, Boolean.TRUE.equals(m.get(3)));
            if (estimate < actual) {
                problems.add(page + ": \"" + text + "\" is " + Math.round(actual) + " units wide, estimated "
                        + Math.round(estimate));
            }
        }
        return problems;
    }

    /** The whole element as a PNG, from a window as tall as the page. */
    private static byte[] screenshot(Browser browser, WebElement element) {
        @SuppressWarnings("unchecked")
        Map<String, Object> box = (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeScript("""
                const r = arguments[0].getBoundingClientRect();
                return {x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height};
                """, element);
        Map<String, Object> clip = new LinkedHashMap<>();
        box.forEach((key, value) -> clip.put(key, ((Number) value).doubleValue()));
        clip.put("scale", 1);
        Map<String, Object> shot = browser.driver().executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "clip", clip));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    private static void metrics(Browser browser, String mode, int height) {
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width",
                mode.startsWith("print") ? 816 : 1280, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /**
     * Screen modes at the desktop width; print modes at a US Letter page's width (8.5 in, 816 CSS px), where the
     * column is the page.
     */
    private static void media(Browser browser, String mode) {
        metrics(browser, mode, 900);
        String scheme = mode.endsWith("dark") ? "dark" : "light";
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media",
                mode.startsWith("print") ? "print" : "", "features",
                List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    private String url(String path) {
        return root.toString().replaceFirst("/$", "") + path;
    }
}
