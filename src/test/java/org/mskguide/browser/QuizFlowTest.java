package org.mskguide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A reader takes a topic's quiz from the topic page: answers all questions but the last, checks the answers,
 * reads a result page at its own address whose score agrees with the marks on each question, and tries again.
 * Once with JavaScript on (then the result page gets every page check), once off.
 */
@QuarkusTest
class QuizFlowTest {

    @TestHTTPResource("/")
    URL root;

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = { true, false })
    void startAnswerResultTryAgain(boolean javascript) {
        try (Browser browser = Browser.start(javascript)) {
            assertThat(browser.runsPageScripts()).isEqualTo(javascript);
            ChromeDriver driver = browser.driver();

            driver.get(root.toString());
            browser.clickAndLoad(driver.findElement(By.cssSelector(".cards a[href*=\"/topics/\"]")));
            browser.clickAndLoad(driver.findElement(By.cssSelector(".quiz-link a")));
            String quizUrl = driver.getCurrentUrl();
            assertThat(quizUrl).startsWith(root + "quiz?topic=");

            List<WebElement> questions = driver.findElements(By.cssSelector("#quiz-form fieldset"));
            assertThat(questions).hasSizeGreaterThan(1);
            for (WebElement question : questions.subList(0, questions.size() - 1)) {
                // A reader clicks the answer's text; the label must select its radio button.
                question.findElement(By.cssSelector(".choice label")).click();
            }
            assertThat(driver.findElements(By.cssSelector("#quiz-form input[type=radio]:checked")))
                    .hasSize(questions.size() - 1);
            browser.clickAndLoad(driver.findElement(By.cssSelector("#quiz-form button[type=submit]")));

            assertThat(driver.getCurrentUrl()).matches(root + "quiz/results/[0-9a-f-]{36}");
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Your quiz result");
            List<WebElement> results = driver.findElements(By.cssSelector(".quiz-result"));
            assertThat(results).hasSize(questions.size());
            long right = driver.findElements(By.cssSelector(".quiz-result .status-met")).size();
            assertThat(driver.findElement(By.cssSelector(".score")).getText())
                    .contains(right + " out of " + questions.size());
            assertThat(results.get(results.size() - 1).getText()).contains("Unanswered");

            String resultUrl = driver.getCurrentUrl();
            if (javascript) {
                assertThat(PageChecks.all(browser, "quiz-result")).isEmpty();
                driver.get(resultUrl);
            }

            browser.clickAndLoad(driver.findElement(By.linkText("Try again")));
            assertThat(driver.getCurrentUrl()).isEqualTo(quizUrl);
            assertThat(driver.findElements(By.cssSelector("#quiz-form fieldset"))).hasSize(questions.size());
            assertThat(driver.findElements(By.cssSelector("#quiz-form input[type=radio]:checked"))).isEmpty();
        }
    }
}
