package org.mskguide.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the third-party checkers live, and what a test does when one is missing: on a developer's machine the
 * test is skipped with a message saying what to install; with {@code CI=true} a missing tool fails the build,
 * because a check that silently does not run proves nothing.
 * <p>
 * Example: {@code Toolchain.require(Tool.CHROMIUM, Tool.CHROMEDRIVER, Tool.AXE)} at the top of a test.
 */
public final class Toolchain {

    /** The project folder: surefire runs tests there. */
    public static final Path PROJECT = Path.of("").toAbsolutePath();
    /** Reports and scratch files of every check go under here. */
    public static final Path TARGET = PROJECT.resolve("target");
    private static final Path NODE_MODULES = PROJECT.resolve("tools/node_modules");
    private static final String NPM_TOOLS = "the pinned npm tools: npm ci --ignore-scripts --prefix tools";

    /** A program or file a check needs, with the way to install it. */
    public enum Tool {
        CHROMIUM(envOr("CHROME_PATH", "/usr/bin/chromium"), "Chromium: apt-get install -y chromium"),
        CHROMEDRIVER(envOr("CHROMEDRIVER_PATH", "/usr/bin/chromedriver"),
                "chromedriver: apt-get install -y chromium-driver"),
        NODE(onPath("node"), "Node.js 20 (for Lighthouse): apt-get install -y nodejs"),
        AXE(NODE_MODULES.resolve("axe-core/axe.min.js"), "axe-core, one of " + NPM_TOOLS),
        VNU(NODE_MODULES.resolve("vnu-jar/build/dist/vnu.jar"), "vnu-jar, one of " + NPM_TOOLS),
        LIGHTHOUSE(NODE_MODULES.resolve("lighthouse/cli/index.js"), "lighthouse, one of " + NPM_TOOLS),
        READING_GRADE(NODE_MODULES.resolve("flesch-kincaid/index.js"), "flesch-kincaid and syllable, in " + NPM_TOOLS);

        private final Path path;
        private final String install;

        Tool(Path path, String install) {
            this.path = path;
            this.install = install;
        }

        /** The tool's file; call {@link Toolchain#require} first. */
        public Path path() {
            return path;
        }

        boolean present() {
            return path != null && Files.isRegularFile(path);
        }
    }

    private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

    private Toolchain() {
    }

    /** Skips the calling test (or fails it under {@code CI=true}) unless every tool is installed. */
    public static void require(Tool... tools) {
        List<String> missing = new ArrayList<>();
        for (Tool tool : tools) {
            if (!tool.present()) {
                missing.add(tool.install + (tool.path == null ? "" : " (looked for " + tool.path + ")"));
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        String message = "Browser and web checks need " + String.join("; ", missing);
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(message + ". CI=true: a missing tool is a failure (.ci/run installs them).");
        }
        if (WARNED.add(message)) {
            // Surefire does not print why a test was skipped; a developer should see it without opening reports.
            System.err.println("[WARNING] " + message + ". These checks are skipped: install it to run them.");
        }
        Assumptions.abort(message + ". Skipped: install it to run this check.");
    }

    private static Path envOr(String variable, String fallback) {
        String value = System.getenv(variable);
        return Path.of(value == null || value.isBlank() ? fallback : value);
    }

    private static Path onPath(String program) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return Stream.of(path.split(java.io.File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, program))
                .filter(Files::isExecutable)
                .findFirst()
                .orElse(null);
    }
}
