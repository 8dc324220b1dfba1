package org.mskguide.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.mskguide.browser.Toolchain.Tool;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Runs axe-core (pinned in {@code tools/package.json}) on the page a browser shows, with the WCAG 2.2 A and AA
 * rules, and writes the full result to {@code target/a11y/axe-<name>.json}.
 * <p>
 * Example: {@code List<String> violations = AxeChecker.check(driver, "home-light");} is empty for a clean page.
 */
public final class AxeChecker {

    /** WCAG 2.0, 2.1 and 2.2 at levels A and AA: the level this site promises. */
    public static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    public static final Path REPORTS = Toolchain.TARGET.resolve("a11y");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                .then(r => done(JSON.stringify({url: r.url, violations: r.violations,
                        incomplete: r.incomplete.map(i => ({id: i.id, targets: i.nodes.map(n => n.target)}))})))
                .catch(e => done(JSON.stringify({error: String(e)})));
            """;
    private static String axeSource;

    private AxeChecker() {
    }

    /** One line per violated rule on the current page, naming the elements; empty when axe finds nothing. */
    public static List<String> check(WebDriver driver, String name) {
        Toolchain.require(Tool.AXE);
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(source());
        }
        try {
            JsonNode result = JSON.readTree((String) js.executeAsyncScript(RUN, WCAG_22_AA));
            if (result.has("error")) {
                throw new IllegalStateException("axe-core failed on " + driver.getCurrentUrl() + ": " + result.get("error"));
            }
            ((ObjectNode) result).put("name", name);
            Files.createDirectories(REPORTS);
            JSON.writerWithDefaultPrettyPrinter().writeValue(REPORTS.resolve("axe-" + name + ".json").toFile(), result);
            List<String> lines = new ArrayList<>();
            for (JsonNode violation : result.get("violations")) {
                List<String> targets = new ArrayList<>();
                violation.get("nodes").forEach(node -> targets.add(node.get("target").toString()));
                lines.add(name + ": " + violation.get("id").asText() + " (" + violation.path("impact").asText()
                        + ") " + violation.get("help").asText() + " at " + String.join(", ", targets));
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks the page the browser shows in the light and then the dark colour scheme (the reports are
     * {@code <name>-light} and {@code <name>-dark}), so colour contrast is checked in both.
     */
    public static List<String> checkBothSchemes(Browser browser, String name) {
        List<String> violations = new ArrayList<>();
        try {
            for (String scheme : List.of("light", "dark")) {
                browser.colourScheme(scheme);
                Object applied = ((JavascriptExecutor) browser.driver())
                        .executeScript("return matchMedia('(prefers-color-scheme: " + scheme + ")').matches");
                if (!Boolean.TRUE.equals(applied)) {
                    throw new IllegalStateException("Chromium did not switch to the " + scheme + " colour scheme");
                }
                violations.addAll(check(browser.driver(), name + "-" + scheme));
            }
        } finally {
            browser.colourScheme("light");
        }
        return violations;
    }

    private static synchronized String source() {
        if (axeSource == null) {
            try {
                axeSource = Files.readString(Tool.AXE.path());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }
}
