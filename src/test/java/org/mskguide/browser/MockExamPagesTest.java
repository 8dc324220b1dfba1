package org.mskguide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.mskguide.quiz.QuestionBank;
import org.mskguide.study.StudyCard;
import org.mskguide.study.StudyCards;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The mock exam in a real browser (start, flag, "Review answers", submit, result, statistics) with JavaScript off, and
 * with it on under the page checks (axe in both schemes, the keyboard walk, vnu), with the study card and its QR code.
 * With JavaScript on, the countdown shows, and the topic list marks a topic read, then forgets it.
 */
@QuarkusTest
class MockExamPagesTest {

    private static final Browser.Lazy BROWSER = new Browser.Lazy();

    @TestHTTPResource("/")
    URL root;

    @Inject
    StudyCards cards;

    @Inject
    QuestionBank bank;

    @AfterAll
    static void stopBrowser() {
        BROWSER.close();
    }

    private String url(String path) {
        return root.toString().replaceFirst("/$", "") + path;
    }

    @Test
    void theExamWorksWithJavaScriptOff() {
        try (Browser browser = Browser.start(false)) {
            assertThat(flow(browser, false)).isEmpty();
        }
    }

    @Test
    void everyStepOfTheExamAndTheQrCardPassThePageChecks() {
        assertThat(flow(BROWSER.get(), true)).as("reports in target/a11y/, target/keyboard/, target/vnu/").isEmpty();
    }

    /** Start, flag, "Review answers", submit, result, statistics, a card with its QR code; checks only with scripts. */
    private List<String> flow(Browser browser, boolean checks) {
        List<String> problems = new ArrayList<>();
        browser.driver().get(url("/mock-exam"));
        if (checks) {
            problems.addAll(PageChecks.all(browser, "mock-exam"));
        }
        browser.clickAndLoad(browser.driver().findElement(By.id("start-exam")));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Mock exam");
        if (checks) {
            assertThat(browser.driver().findElement(By.id("countdown")).getText()).contains("Time");
            problems.addAll(PageChecks.all(browser, "mock-exam-attempt"));
        } else {
            assertThat(browser.driver().findElement(By.id("countdown")).getText()).isEmpty();
        }

        List<WebElement> fieldsets = browser.driver().findElements(By.cssSelector("#exam-form fieldset"));
        fieldsets.get(0).findElement(By.cssSelector("input[type=radio] + label")).click();
        fieldsets.get(1).findElement(By.cssSelector("input[type=checkbox] + label")).click();
        browser.clickAndLoad(browser.driver().findElement(By.id("review-answers")));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Review your answers");
        assertThat(browser.driver().findElement(By.id("review-summary")).getText())
                .contains("You answered 1 of " + fieldsets.size());
        assertThat(browser.driver().findElements(By.cssSelector("ul[aria-labelledby=flagged] a"))).hasSize(1);
        if (checks) {
            // The review is a POST's answer: axe and the keyboard on it as shown (a reload would be the GET form).
            problems.addAll(AxeChecker.checkBothSchemes(browser, "mock-exam-review"));
            problems.addAll(KeyboardChecker.check(browser.driver(), "mock-exam-review"));
        }

        browser.clickAndLoad(browser.driver().findElement(By.id("submit-top")));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Your mock exam result");
        assertThat(browser.driver().findElements(By.cssSelector("#area-table tbody tr"))).hasSizeGreaterThan(1);
        if (checks) {
            problems.addAll(PageChecks.all(browser, "mock-exam-result"));
            browser.driver().get(url("/mock-exam/stats"));
            problems.addAll(PageChecks.all(browser, "mock-exam-stats"));
            Map<String, StudyCard.Entry> entries = new LinkedHashMap<>();
            bank.questions().stream().limit(8).forEach(q -> entries.put(q.id(), new StudyCard.Entry(1,
                    cards.today().toEpochDay())));
            browser.driver().get(url("/study?card=" + cards.codec().encode(new StudyCard(entries))));
            assertThat(browser.driver().findElements(By.cssSelector("svg#card-qr"))).hasSize(1);
            problems.addAll(PageChecks.all(browser, "study-card-qr"));
        }
        return problems;
    }

    @Test
    void withJavaScriptTheTopicListMarksWhatWasReadUntilForgotten() {
        Browser browser = BROWSER.get();
        List<String> problems = new ArrayList<>();
        browser.driver().get(url("/topics/knee-ultrasound"));
        browser.driver().get(url("/topics"));
        WebElement knee = browser.driver().findElement(By.cssSelector("main a[href='/topics/knee-ultrasound']"));
        assertThat(knee.findElement(By.xpath("following-sibling::span[@class='progress-mark']")).getText())
                .isEqualTo("(Read)");
        assertThat(browser.driver().findElement(By.id("progress-panel")).getText()).contains("1 of")
                .contains("this browser only");
        problems.addAll(AxeChecker.checkBothSchemes(browser, "topics-with-progress"));
        problems.addAll(KeyboardChecker.check(browser.driver(), "topics-with-progress"));

        browser.driver().findElement(By.id("forget-progress")).click();
        assertThat(browser.driver().findElements(By.cssSelector(".progress-mark"))).isEmpty();
        assertThat(((JavascriptExecutor) browser.driver()).executeScript(
                "return window.localStorage.getItem('msk-guide-progress')")).isNull();
        browser.driver().get(url("/for-students"));
        assertThat(browser.driver().findElements(By.cssSelector(".progress-mark"))).isEmpty();
        assertThat(problems).as("reports in target/a11y/, target/keyboard/").isEmpty();
    }
}
