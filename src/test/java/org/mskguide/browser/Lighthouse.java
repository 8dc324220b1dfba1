package org.mskguide.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.mskguide.browser.Toolchain.Tool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs Lighthouse (pinned at 12.2.3 in {@code tools/package.json}; it runs on Node 20) on Debian's Chromium
 * with the same flags as the browser tests, and reads the four category scores from its JSON report
 * {@code target/lighthouse/<name>-<form factor>.json}.
 * <p>
 * Example: {@code Lighthouse.run(url, "home", "mobile").scores().get("accessibility")} is 100 for a good page.
 */
public final class Lighthouse {

    public static final Path REPORTS = Toolchain.TARGET.resolve("lighthouse");
    /** Lighthouse category ids, in the order reports show them. */
    public static final List<String> CATEGORIES = List.of("performance", "accessibility", "best-practices", "seo");

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One run: scores from 0 to 100 by category id (-1 when Lighthouse could not score it), and for each category
     * under 100 the audits that cost points, as {@code category: audit-id (title)}.
     */
    public record Result(String name, String formFactor, Map<String, Integer> scores, List<String> lostPoints) {
    }

    private Lighthouse() {
    }

    /** Audits {@code url} as a phone ({@code "mobile"}) or a desktop computer ({@code "desktop"}). */
    public static Result run(String url, String name, String formFactor) {
        Toolchain.require(Tool.NODE, Tool.LIGHTHOUSE, Tool.CHROMIUM);
        try {
            Files.createDirectories(REPORTS);
            Path report = REPORTS.resolve(name + "-" + formFactor + ".json");
            List<String> command = new ArrayList<>(List.of(Tool.NODE.path().toString(), Tool.LIGHTHOUSE.path().toString(),
                    url, "--output=json", "--output-path=" + report, "--quiet", "--disable-full-page-screenshot",
                    "--only-categories=" + String.join(",", CATEGORIES),
                    "--chrome-flags=" + String.join(" ", Browser.FLAGS)));
            if ("desktop".equals(formFactor)) {
                command.add("--preset=desktop");
            }
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(REPORTS.resolve(name + "-" + formFactor + ".log").toFile());
            builder.environment().put("CHROME_PATH", Tool.CHROMIUM.path().toString());
            Process lighthouse = builder.start();
            if (!lighthouse.waitFor(5, TimeUnit.MINUTES)) {
                lighthouse.destroyForcibly();
                throw new IllegalStateException("Lighthouse did not finish on " + url + " within 5 minutes");
            }
            if (lighthouse.exitValue() != 0 || !Files.exists(report)) {
                throw new IllegalStateException("Lighthouse exited " + lighthouse.exitValue() + " on " + url + "; see "
                        + REPORTS.resolve(name + "-" + formFactor + ".log"));
            }
            return read(JSON.readTree(report.toFile()), name, formFactor);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while Lighthouse ran", e);
        }
    }

    /** Writes {@code target/lighthouse/summary.md}: one table row per page and form factor. */
    public static void writeSummary(List<Result> results) {
        List<String> lines = new ArrayList<>(List.of("# Lighthouse scores", "",
                "| page | form factor | " + String.join(" | ", CATEGORIES) + " |",
                "|---|---|" + "---|".repeat(CATEGORIES.size())));
        for (Result result : results) {
            StringBuilder row = new StringBuilder("| " + result.name() + " | " + result.formFactor() + " |");
            CATEGORIES.forEach(category -> row.append(' ').append(result.scores().get(category)).append(" |"));
            lines.add(row.toString());
        }
        lines.add("");
        lines.add("Performance is recorded, not enforced (a loaded CI machine makes it noisy); the other three must be"
                + " 100, except SEO's is-crawlable audit on a page marked noindex (a reader's own result).");
        results.forEach(result -> result.lostPoints()
                .forEach(lost -> lines.add("- " + result.name() + " (" + result.formFactor() + ") " + lost)));
        try {
            Files.createDirectories(REPORTS);
            Files.write(REPORTS.resolve("summary.md"), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Result read(JsonNode report, String name, String formFactor) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        List<String> lostPoints = new ArrayList<>();
        for (String id : CATEGORIES) {
            JsonNode category = report.path("categories").path(id);
            JsonNode score = category.path("score");
            scores.put(id, score.isNumber() ? (int) Math.round(score.asDouble() * 100) : -1);
            if (score.isNumber() && score.asDouble() >= 1.0) {
                continue;
            }
            for (JsonNode ref : category.path("auditRefs")) {
                JsonNode audit = report.path("audits").path(ref.path("id").asText());
                if (ref.path("weight").asDouble() > 0 && audit.path("score").isNumber() && audit.path("score").asDouble() < 1.0) {
                    lostPoints.add(id + ": " + audit.path("id").asText() + " (" + audit.path("title").asText() + ")");
                }
            }
        }
        return new Result(name, formFactor, scores, lostPoints);
    }
}
