package org.mskguide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The checkers themselves: each passes {@code src/test/resources/fixtures/pages/clean.html} and fails a copy of
 * it with one deliberate defect (made by one replacement below), so a green site check means something.
 * No application is started; the pages are opened as files under {@code target/fixture-pages/}.
 */
class CheckersCatchDefectsTest {

    private static final String CLEAN = clean();

    private static final Browser.Lazy BROWSER = new Browser.Lazy();

    @AfterAll
    static void stopBrowser() {
        BROWSER.close();
    }

    private static String clean() {
        try (InputStream in = CheckersCatchDefectsTest.class.getResourceAsStream("/fixtures/pages/clean.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void axeAcceptsTheCleanPage() {
        open("clean", CLEAN);

        assertThat(AxeChecker.check(BROWSER.get().driver(), "fixture-clean")).isEmpty();
    }

    @Test
    void axeFailsAnImageWithoutAlt() {
        open("image-without-alt", defect("alt=\"A dot\" ", ""));

        assertThat(AxeChecker.check(BROWSER.get().driver(), "fixture-image-without-alt"))
                .singleElement().asString().contains("image-alt").contains("img");
    }

    @Test
    void axeFailsAnUnlabelledInput() {
        open("unlabelled-input", defect("<label for=\"name\">Your name</label>", ""));

        assertThat(AxeChecker.check(BROWSER.get().driver(), "fixture-unlabelled-input"))
                .singleElement().asString().contains("label").contains("#name");
    }

    @Test
    void vnuAcceptsTheCleanPageAndFailsAnUnclosedElement() {
        String unclosed = defect("</form>", "<section><p>Never closed.</p></form>");

        List<String> errors = HtmlChecker.check(Map.of("fixture-clean", CLEAN, "fixture-unclosed-element", unclosed));

        assertThat(errors).isNotEmpty().allMatch(error -> error.startsWith("fixture-unclosed-element:"));
        assertThat(errors).anyMatch(error -> error.contains("Unclosed element") && error.contains("section"));
    }

    @Test
    void keyboardCheckAcceptsTheCleanPage() {
        open("clean", CLEAN);
        assertThat(KeyboardChecker.check(BROWSER.get().driver(), "fixture-clean")).isEmpty();

        open("clean", CLEAN);
        assertThat(KeyboardChecker.checkSkipLink(BROWSER.get().driver(), "fixture-clean")).isEmpty();
    }

    @Test
    void keyboardCheckFailsAControlWithoutAFocusIndicator() {
        open("focus-hidden", defect("main:focus { outline: none; }",
                "main:focus { outline: none; } #name:focus-visible { outline: none; }"));

        assertThat(KeyboardChecker.check(BROWSER.get().driver(), "fixture-focus-hidden"))
                .singleElement().asString().contains("input#name").contains("no focus indicator");
    }

    @Test
    void keyboardCheckFailsAPageWithoutASkipLink() {
        open("no-skip-link", defect("<a class=\"skip-link\" href=\"#main\">Skip to main content</a>", ""));

        assertThat(KeyboardChecker.checkSkipLink(BROWSER.get().driver(), "fixture-no-skip-link"))
                .singleElement().asString().contains("not the skip link");
    }

    /** The clean page with one piece of it replaced; the piece must be there, or the test would prove nothing. */
    private static String defect(String piece, String replacement) {
        assertThat(CLEAN).contains(piece);
        return CLEAN.replace(piece, replacement);
    }

    private static void open(String name, String html) {
        try {
            Path file = Files.createDirectories(Toolchain.TARGET.resolve("fixture-pages")).resolve(name + ".html");
            Files.writeString(file, html);
            BROWSER.get().driver().get(file.toUri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
