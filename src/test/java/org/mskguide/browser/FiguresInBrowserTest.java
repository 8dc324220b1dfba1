package org.mskguide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.mskguide.content.Content;
import org.mskguide.content.Figure;
import org.mskguide.content.FigureChecker;
import org.mskguide.content.FigureHtml;
import org.mskguide.content.FiveYearRule;
import org.mskguide.content.PlacedFigure;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * Renders every figure (files, quiz-only figures, and the five-year figure drawn for several window lengths) in
 * Chromium in the light scheme, the dark scheme and print, with the site's own stylesheet and figure markup. Saves a
 * screenshot of each under {@code target/figures/<scheme>/} for review, and fails on any label that is outside its
 * drawing, drawn over another label, smaller than 14 CSS px at desktop width, or below 4.5:1 contrast against what is
 * actually painted behind its letters (measured from pixels: the figure is captured with and without its text). Also checks that a topic
 * page's long descriptions stay closed on screen and print open.
 */
@QuarkusTest
class FiguresInBrowserTest {

    static final Path SHOTS = Toolchain.TARGET.resolve("figures");
    static final double MIN_CONTRAST = 4.5;
    static final double MIN_PX = 14;
    /** Share of a label's letter pixels allowed on a low-contrast background (a leader line crossing a letter). */
    static final double TOLERATED_SHARE = 0.10;

    private static final Browser.Lazy BROWSER = new Browser.Lazy();

    @TestHTTPResource("/")
    URL root;

    @Inject
    Content content;

    @AfterAll
    static void stopBrowser() {
        BROWSER.close();
    }

    /** One way of showing the page: the emulated media type and colour scheme. */
    record Scheme(String name, String media, String colours) {
    }

    static final List<Scheme> SCHEMES = List.of(new Scheme("light", "screen", "light"),
            new Scheme("dark", "screen", "dark"),
            // A reader in dark mode prints: the handout must still be dark ink on white.
            new Scheme("print", "print", "dark"));

    @Test
    void everyFigureIsReadableInLightDarkAndPrint() throws IOException {
        Map<String, String> figures = new LinkedHashMap<>();
        content.figures().values().forEach(p -> figures.put(p.figure().name(), FigureHtml.onPage(p)));
        content.looseFigures().values().forEach(f -> figures.put(f.name(), FigureHtml.forQuestion(f,
                "A figure only quiz questions show.", "")));
        for (int years : new int[] { 1, 3, 5, 10, 25 }) {
            Figure figure = FigureChecker.check("five-year-rule", "generated", new FiveYearRule(years).figureSvg());
            figures.put("five-year-rule-" + years + "-years", FigureHtml.forQuestion(figure, "The five-year rule.",
                    "y" + years + "-"));
        }

        Checked checked = check(harness("every-figure", figures), true);

        System.out.println("Figures checked: " + checked.figures() + " figures, " + checked.labels() + " labels in "
                + SCHEMES.size() + " schemes; lowest contrast " + checked.lowestContrast() + "; screenshots in " + SHOTS);
        assertThat(checked.figures()).isEqualTo(SCHEMES.size() * figures.size());
        assertThat(checked.problems()).as("figure labels; screenshots in target/figures/").isEmpty();
    }

    @Test
    void theChecksCatchUnreadableLabels() throws IOException {
        // Passes the file rules, but: light text on the bright grey, a label past the right edge, a label shrunk by
        // a transform, and two labels on top of each other.
        Figure bad = FigureChecker.check("bad", "test", """
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 200"><title>Bad</title><desc>Bad.</desc>
                <rect class="f-bright" x="0" y="0" width="300" height="100"/>
                <text class="t-screen" x="20" y="50">Pale on bright</text>
                <text x="680" y="150">Past the edge</text>
                <g transform="scale(0.6)"><text x="500" y="300">Shrunk</text></g>
                <text x="320" y="40">Overlapping</text><text x="330" y="45">Overlapping too</text>
                </svg>""");

        List<String> problems = check(harness("bad-figure", Map.of("bad",
                FigureHtml.forQuestion(bad, "A bad figure.", ""))), false).problems();

        assertThat(problems).anyMatch(p -> p.startsWith("light bad 'Pale on bright': contrast"))
                .anyMatch(p -> p.startsWith("dark bad 'Pale on bright': contrast"))
                .anyMatch(p -> p.equals("light bad 'Past the edge': drawn outside the figure's viewBox (clipped)"))
                .anyMatch(p -> p.startsWith("light bad 'Shrunk': ") && p.contains("below 14 px"))
                .anyMatch(p -> p.equals("light bad: labels 'Overlapping' and 'Overlapping too' overlap"))
                .noneMatch(p -> p.startsWith("print") && p.contains("px"));
    }

    /** What a run of the checks found. */
    record Checked(int figures, int labels, List<String> problems, Map<String, String> lowestContrast) {
    }

    /** Renders every {@code figure.fig} of the page in each scheme and checks each label. */
    private Checked check(Path page, boolean save) throws IOException {
        ChromeDriver driver = BROWSER.get().driver();
        List<String> problems = new ArrayList<>();
        Map<String, String> lowest = new LinkedHashMap<>();
        int figures = 0;
        int labelCount = 0;
        try {
            for (Scheme scheme : SCHEMES) {
                double schemeLowest = Double.MAX_VALUE;
                double smallest = Double.MAX_VALUE;
                emulate(driver, scheme);
                driver.get(page.toUri().toString());
                Path dir = Files.createDirectories(SHOTS.resolve(scheme.name()));
                for (WebElement figure : driver.findElements(By.cssSelector("figure.fig"))) {
                    figures++;
                    String name = figure.getAttribute("data-name");
                    WebElement svg = figure.findElement(By.tagName("svg"));
                    driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", figure);
                    if (save) {
                        Files.write(dir.resolve(name + ".png"), figure.getScreenshotAs(OutputType.BYTES));
                    }
                    List<Map<String, Object>> labels = labels(driver, svg);
                    byte[] withText = svg.getScreenshotAs(OutputType.BYTES);
                    driver.executeScript("arguments[0].querySelectorAll('text').forEach(t => t.style.visibility = "
                            + "'hidden')", svg);
                    byte[] withoutText = svg.getScreenshotAs(OutputType.BYTES);
                    driver.executeScript("arguments[0].querySelectorAll('text').forEach(t => t.style.visibility = '')",
                            svg);
                    BufferedImage a = ImageIO.read(new ByteArrayInputStream(withText));
                    BufferedImage b = ImageIO.read(new ByteArrayInputStream(withoutText));
                    problems.addAll(overlaps(scheme.name() + " " + name, labels));
                    for (Map<String, Object> label : labels) {
                        String where = scheme.name() + " " + name + " '" + label.get("label") + "'";
                        labelCount++;
                        if (!Boolean.TRUE.equals(label.get("inside"))) {
                            problems.add(where + ": drawn outside the figure's viewBox (clipped)");
                        }
                        double px = ((Number) label.get("px")).doubleValue();
                        if (!scheme.media().equals("print") && px < smallest) {
                            smallest = px;
                            lowest.put(scheme.name() + " smallest", String.format("%.1f px", px));
                        }
                        // In print the page is laid out for paper; the size rule is about the screen column.
                        if (!scheme.media().equals("print") && px < MIN_PX - 0.05) {
                            problems.add(where + String.format(": %.1f px, below %.0f px at desktop width", px,
                                    MIN_PX));
                        }
                        double contrast = contrast(a, b, label);
                        if (contrast < schemeLowest) {
                            schemeLowest = contrast;
                            lowest.put(scheme.name(), String.format("%.2f:1 (%s '%s')", contrast, name,
                                    label.get("label")));
                        }
                        if (contrast < MIN_CONTRAST) {
                            problems.add(where + String.format(": contrast %.2f:1 against what is behind it",
                                    contrast));
                        }
                    }
                }
            }
        } finally {
            emulate(driver, SCHEMES.get(0));
        }
        return new Checked(figures, labelCount, problems, lowest);
    }

    @Test
    void onATopicPageTheFigureIsInTheContentsAndItsDescriptionIsClosedOnScreenAndPrintsOpen() {
        PlacedFigure placed = content.figures().values().stream()
                .filter(f -> f.pagePath().startsWith("/topics/")).findFirst().orElseThrow();
        ChromeDriver driver = BROWSER.get().driver();
        try {
            emulate(driver, SCHEMES.get(0));
            driver.get(root.toString().replaceFirst("/$", "") + placed.href());
            // checkVisibility() is false inside a closed <details> (its content is content-visibility: hidden).
            String descriptionShown = "return document.querySelector(arguments[0]).checkVisibility()";
            String selector = "#" + placed.anchor() + " .fig-description p";

            assertThat(driver.executeScript(descriptionShown, selector)).as("on screen, closed").isEqualTo(false);
            driver.findElement(By.cssSelector("#" + placed.anchor() + " summary")).click();
            assertThat(driver.executeScript(descriptionShown, selector)).as("on screen, opened").isEqualTo(true);
            assertThat(driver.findElement(By.cssSelector(".toc a[href='#" + placed.anchor() + "']")).getText())
                    .isEqualTo(placed.label());
            driver.navigate().refresh();
            emulate(driver, SCHEMES.get(2));
            assertThat(driver.executeScript(descriptionShown, selector)).as("in print").isEqualTo(true);
        } finally {
            emulate(driver, SCHEMES.get(0));
        }
    }

    /** The figures on one page, with the real stylesheet, in a text column like a topic page's. */
    private Path harness(String name, Map<String, String> figures) throws IOException {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Figures</title><link rel=\"stylesheet\" href=\"" + root + "assets/site.css\"></head>"
                + "<body><main><div class=\"wrap\"><article class=\"topic\"><div class=\"prose\">");
        figures.forEach((figureName, figure) -> html.append(figure.replaceFirst("^<figure ", "<figure data-name=\""
                + figureName + "\" ")));
        html.append("</div></article></div></main></body></html>");
        Files.createDirectories(SHOTS);
        Path file = SHOTS.resolve(name + ".html");
        Files.writeString(file, html);
        return file;
    }

    private static void emulate(ChromeDriver driver, Scheme scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", scheme.media(),
                "features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme.colours()))));
    }

    /** Each label's box relative to the drawing, its colour, its size in CSS px and whether it is inside. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> labels(ChromeDriver driver, WebElement svg) {
        return (List<Map<String, Object>>) driver.executeScript("""
                const svg = arguments[0], r = svg.getBoundingClientRect();
                return [...svg.querySelectorAll('text')].map(t => {
                  const b = t.getBoundingClientRect(), m = t.getScreenCTM(), s = getComputedStyle(t);
                  return {label: t.textContent.trim(), x: b.left - r.left, y: b.top - r.top, w: b.width, h: b.height,
                    fill: s.fill, px: parseFloat(s.fontSize) * Math.hypot(m.a, m.b),
                    inside: b.left >= r.left - 1 && b.top >= r.top - 1 && b.right <= r.right + 1
                      && b.bottom <= r.bottom + 1};
                });
                """, svg);
    }

    /** Labels drawn over each other (more than a quarter of the smaller one's box) cannot be read. */
    static List<String> overlaps(String figure, List<Map<String, Object>> labels) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                double[] a = box(labels.get(i));
                double[] b = box(labels.get(j));
                double w = Math.min(a[0] + a[2], b[0] + b[2]) - Math.max(a[0], b[0]);
                double h = Math.min(a[1] + a[3], b[1] + b[3]) - Math.max(a[1], b[1]);
                if (w > 0 && h > 0 && w * h > 0.25 * Math.min(a[2] * a[3], b[2] * b[3])) {
                    problems.add(figure + ": labels '" + labels.get(i).get("label") + "' and '"
                            + labels.get(j).get("label") + "' overlap");
                }
            }
        }
        return problems;
    }

    private static double[] box(Map<String, Object> label) {
        return new double[] { ((Number) label.get("x")).doubleValue(), ((Number) label.get("y")).doubleValue(),
                ((Number) label.get("w")).doubleValue(), ((Number) label.get("h")).doubleValue() };
    }

    /**
     * The contrast of the label's colour against the pixels behind its letters: the letters are the pixels that
     * change when the text is hidden, and what is behind them is read from the capture without text. Returns the
     * contrast that all but {@link #TOLERATED_SHARE} of the letter pixels reach (1 when no letter is visible).
     */
    static double contrast(BufferedImage withText, BufferedImage withoutText, Map<String, Object> label) {
        int[] ink = rgb((String) label.get("fill"));
        int x0 = (int) Math.floor(((Number) label.get("x")).doubleValue());
        int y0 = (int) Math.floor(((Number) label.get("y")).doubleValue());
        int x1 = (int) Math.ceil(x0 + ((Number) label.get("w")).doubleValue());
        int y1 = (int) Math.ceil(y0 + ((Number) label.get("h")).doubleValue());
        List<Double> ratios = new ArrayList<>();
        for (int y = Math.max(0, y0); y < Math.min(y1, Math.min(withText.getHeight(), withoutText.getHeight())); y++) {
            for (int x = Math.max(0, x0); x < Math.min(x1, Math.min(withText.getWidth(), withoutText.getWidth())); x++) {
                int p = withText.getRGB(x, y);
                int q = withoutText.getRGB(x, y);
                int change = Math.abs(((p >> 16) & 255) - ((q >> 16) & 255)) + Math.abs(((p >> 8) & 255) - ((q >> 8) & 255))
                        + Math.abs((p & 255) - (q & 255));
                if (change > 60) {
                    ratios.add(ratio(ink, new int[] { (q >> 16) & 255, (q >> 8) & 255, q & 255 }));
                }
            }
        }
        if (ratios.size() < 5) {
            return 1;
        }
        double[] sorted = ratios.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[(int) Math.floor(TOLERATED_SHARE * sorted.length)];
    }

    static int[] rgb(String css) {
        String[] parts = css.replaceAll("[^0-9.,]", "").split(",");
        return Arrays.stream(parts).limit(3).mapToInt(s -> (int) Math.round(Double.parseDouble(s))).toArray();
    }

    /** WCAG 2 contrast ratio of two sRGB colours. */
    static double ratio(int[] a, int[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(int[] c) {
        double[] lin = new double[3];
        for (int i = 0; i < 3; i++) {
            double s = c[i] / 255.0;
            lin[i] = s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
    }
}
