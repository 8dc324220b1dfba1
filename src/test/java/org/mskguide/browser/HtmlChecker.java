package org.mskguide.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mskguide.browser.Toolchain.Tool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Nu Html Checker ({@code vnu.jar} from the pinned npm package {@code vnu-jar}) over pages as the server
 * sent them. vnu refuses loopback URLs, so each page is saved to {@code target/vnu/pages/<name>.html} first;
 * one vnu run checks them all, and {@code target/vnu/<name>.txt} lists each page's errors.
 * <p>
 * Example: {@code HtmlChecker.check(Map.of("home", html))} is empty when the page is valid HTML.
 */
public final class HtmlChecker {

    public static final Path REPORTS = Toolchain.TARGET.resolve("vnu");

    private static final ObjectMapper JSON = new ObjectMapper();

    private HtmlChecker() {
    }

    /** One line per error, {@code name:line:column: message}; empty when every page is valid. */
    public static List<String> check(Map<String, String> htmlByName) {
        Toolchain.require(Tool.VNU);
        try {
            Path pages = Files.createDirectories(REPORTS.resolve("pages"));
            Map<Path, String> names = new LinkedHashMap<>();
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-jar", Tool.VNU.path().toString(), "--errors-only", "--format", "json", "--stdout"));
            for (Map.Entry<String, String> page : htmlByName.entrySet()) {
                Path file = pages.resolve(page.getKey() + ".html");
                Files.writeString(file, page.getValue());
                names.put(file.toAbsolutePath().normalize(), page.getKey());
                command.add(file.toString());
            }
            Path output = REPORTS.resolve("vnu-output.json");
            Process vnu = new ProcessBuilder(command)
                    .redirectOutput(output.toFile())
                    .redirectError(REPORTS.resolve("vnu-stderr.txt").toFile())
                    .start();
            int exit = vnu.waitFor();
            JsonNode messages = Files.size(output) == 0 ? null : JSON.readTree(output.toFile()).get("messages");
            if (messages == null) {
                throw new IllegalStateException("vnu exited " + exit + " without a report; see " + REPORTS);
            }
            Map<String, List<String>> errors = new LinkedHashMap<>();
            names.values().forEach(name -> errors.put(name, new ArrayList<>()));
            for (JsonNode message : messages) {
                String name = names.get(Path.of(URI.create(message.path("url").asText("file:/unknown")))
                        .toAbsolutePath().normalize());
                // A message about no page (vnu could not read a file, say) still fails the check.
                String where = name == null ? "unmatched" : name;
                String line = (name == null ? message.path("url").asText("vnu") : name) + ":" + message.path("lastLine").asInt() + ":" + message.path("firstColumn").asInt()
                        + ": " + message.path("type").asText() + ": " + message.path("message").asText();
                errors.computeIfAbsent(where, key -> new ArrayList<>()).add(line);
            }
            List<String> all = new ArrayList<>();
            for (Map.Entry<String, List<String>> page : errors.entrySet()) {
                Files.write(REPORTS.resolve(page.getKey() + ".txt"),
                        page.getValue().isEmpty() ? List.of("no errors") : page.getValue());
                all.addAll(page.getValue());
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while vnu ran", e);
        }
    }
}
