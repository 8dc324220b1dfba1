package org.mskguide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The checkers themselves, on fixture pages under {@code src/test/resources/fixtures/pages/}: each passes the
 * clean page and fails the page with its deliberate defect, so a green site check means something.
 * No application is started; the pages are opened as files.
 */
class CheckersCatchDefectsTest {

    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start(true);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void axeAcceptsTheCleanPage() {
        open("clean");

        assertThat(AxeChecker.check(browser.driver(), "fixture-clean")).isEmpty();
    }

    @Test
    void axeFailsAnImageWithoutAlt() {
        open("image-without-alt");

        assertThat(AxeChecker.check(browser.driver(), "fixture-image-without-alt"))
                .singleElement().asString().contains("image-alt").contains("img");
    }

    @Test
    void axeFailsAnUnlabelledInput() {
        open("unlabelled-input");

        assertThat(AxeChecker.check(browser.driver(), "fixture-unlabelled-input"))
                .singleElement().asString().contains("label").contains("#name");
    }

    @Test
    void vnuAcceptsTheCleanPageAndFailsAnUnclosedElement() {
        List<String> errors = HtmlChecker.check(Map.of("fixture-clean", read("clean"),
                "fixture-unclosed-element", read("unclosed-element")));

        assertThat(errors).isNotEmpty().allMatch(error -> error.startsWith("fixture-unclosed-element:"));
        assertThat(errors).anyMatch(error -> error.contains("Unclosed element") && error.contains("section"));
    }

    @Test
    void keyboardCheckAcceptsTheCleanPage() {
        open("clean");
        assertThat(KeyboardChecker.check(browser.driver(), "fixture-clean")).isEmpty();

        open("clean");
        assertThat(KeyboardChecker.checkSkipLink(browser.driver(), "fixture-clean")).isEmpty();
    }

    @Test
    void keyboardCheckFailsAControlWithoutAFocusIndicator() {
        open("focus-hidden");

        assertThat(KeyboardChecker.check(browser.driver(), "fixture-focus-hidden"))
                .singleElement().asString().contains("input#name").contains("no focus indicator");
    }

    @Test
    void keyboardCheckFailsAPageWithoutASkipLink() {
        open("no-skip-link");

        assertThat(KeyboardChecker.checkSkipLink(browser.driver(), "fixture-no-skip-link"))
                .singleElement().asString().contains("not the skip link");
    }

    private static void open(String fixture) {
        browser.driver().get(path(fixture).toUri().toString());
    }

    private static String read(String fixture) {
        try {
            return Files.readString(path(fixture));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path path(String fixture) {
        try {
            return Path.of(CheckersCatchDefectsTest.class.getResource("/fixtures/pages/" + fixture + ".html").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
