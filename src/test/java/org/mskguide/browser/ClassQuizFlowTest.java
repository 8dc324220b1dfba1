package org.mskguide.browser;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * An instructor and a student in Chromium, every page of the way checked (axe in both schemes, the keyboard walk,
 * vnu): the kit, the form with its errors, the form filled in, the private results with the "bookmark this now"
 * notice, the student's quiz and result (answers hidden until the quiz closes), "practise these questions", the
 * polite refusal of a second attempt from the same browser, close (the student's polite page, the answers now shown),
 * delete with its confirmation, the "deleted" page, and the question picker with its live count.
 */
@QuarkusTest
class ClassQuizFlowTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void instructorSetsUpAClassQuizAStudentTakesItTheInstructorClosesAndDeletesIt() {
        List<String> problems = new ArrayList<>();
        try (Browser browser = Browser.start(true)) {
            ChromeDriver driver = browser.driver();

            driver.get(root + "instructors");
            problems.addAll(PageChecks.all(browser, "instructors"));
            browser.clickAndLoad(driver.findElement(By.cssSelector("#assign ~ p a.button, section a.button[href='/instructors/class-quizzes/new']")));
            assertThat(driver.getCurrentUrl()).isEqualTo(root + "instructors/class-quizzes/new");
            problems.addAll(PageChecks.all(browser, "class-quiz-new"));

            // Sent empty: the form comes back with its errors (checked here; vnu gets the same HTML below).
            browser.clickAndLoad(driver.findElement(By.cssSelector("main form button[type=submit]")));
            assertThat(driver.findElement(By.id("error-summary")).getText()).contains("Enter a label");
            // The keyboard walk runs on the same form without errors above: here the error summary takes focus
            // (autofocus), so a walk would start mid-page, which KeyboardChecker does not model.
            problems.addAll(AxeChecker.checkBothSchemes(browser, "class-quiz-errors"));
            Response errors = given().get("/instructors/class-quizzes/new");
            problems.addAll(HtmlChecker.check(Map.of("class-quiz-errors", given().cookie("csrf-token", errors.cookie("csrf-token"))
                    .formParam("csrf-token", org.jsoup.Jsoup.parse(errors.asString()).selectFirst("input[name=csrf-token]").val())
                    .formParam("label", "<b>").formParam("closes", "2020-01-01").post("/instructors/class-quizzes").asString())));

            driver.findElement(By.id("label")).sendKeys("SONO 210, week 3");
            driver.findElement(By.cssSelector("label[for=topic-rmsks-credential]")).click();
            browser.clickAndLoad(driver.findElement(By.cssSelector("main form button[type=submit]")));
            assertThat(driver.getCurrentUrl()).contains("/instructors/class-results?code=");
            assertThat(driver.findElement(By.id("bookmark-notice")).getText()).contains("Bookmark this page now");
            String results = driver.getCurrentUrl();
            String studentLink = driver.findElement(By.id("student-url")).getAttribute("value")
                    .replaceFirst("^https?://[^/]+/", root.toString());
            problems.addAll(AxeChecker.checkBothSchemes(browser, "class-results-new"));

            // The student: answers the first question only.
            driver.get(studentLink);
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Class quiz: SONO 210, week 3");
            problems.addAll(PageChecks.all(browser, "class-quiz"));
            driver.findElement(By.cssSelector("#quiz-form fieldset .choice label")).click();
            browser.clickAndLoad(driver.findElement(By.cssSelector("#quiz-form button[type=submit]")));
            assertThat(driver.getCurrentUrl()).matches(root + "quiz/results/[0-9a-f-]{36}");
            problems.addAll(PageChecks.all(browser, "class-quiz-result"));
            // Answers hidden until the quiz closes (the form's default); no "Try again" into the class.
            assertThat(driver.findElement(By.id("answers-later")).getText()).contains("when the quiz closes");
            assertThat(driver.findElements(By.linkText("Try again"))).isEmpty();
            String ownResult = driver.getCurrentUrl();
            browser.clickAndLoad(driver.findElement(By.cssSelector("#practise-these a")));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Quiz: questions you chose");
            problems.addAll(PageChecks.all(browser, "quiz-chosen"));
            // Back to the student link from the same browser: one attempt per browser, said politely.
            driver.get(studentLink);
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("You have already sent your answers");
            assertThat(driver.findElement(By.cssSelector("a.button")).getAttribute("href")).isEqualTo(ownResult);
            problems.addAll(PageChecks.all(browser, "class-quiz-already-sent"));

            driver.get(results);
            assertThat(driver.findElements(By.id("bookmark-notice"))).isEmpty();
            assertThat(driver.findElement(By.id("attempt-count")).getText()).contains("1 attempt");
            problems.addAll(PageChecks.all(browser, "class-results"));

            driver.get(results);
            browser.clickAndLoad(driver.findElement(By.cssSelector("form[action='/instructors/class-results/close'] button")));
            assertThat(driver.findElement(By.id("student-link")).isDisplayed()).isTrue();
            driver.get(studentLink);
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("This class quiz is closed");
            problems.addAll(PageChecks.all(browser, "class-quiz-closed"));
            // Closed: the student's result now shows the right answers.
            driver.get(ownResult);
            assertThat(driver.findElements(By.id("answers-later"))).isEmpty();
            assertThat(driver.findElement(By.cssSelector(".quiz-result dl")).getText()).contains("Right answer");

            driver.get(results);
            browser.clickAndLoad(driver.findElement(By.cssSelector("a.danger")));
            problems.addAll(PageChecks.all(browser, "class-quiz-delete"));
            WebElement confirm = driver.findElement(By.cssSelector("form[action='/instructors/class-results/delete'] button"));
            browser.clickAndLoad(confirm);
            assertThat(driver.getCurrentUrl()).isEqualTo(root + "instructors/class-quizzes/deleted");
            problems.addAll(PageChecks.all(browser, "class-quiz-deleted"));

            driver.get(studentLink);
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("No class quiz at this address");
            problems.addAll(PageChecks.all(browser, "class-quiz-missing"));
            driver.get(results);
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("No class results at this address");
            problems.addAll(PageChecks.all(browser, "class-results-missing"));

            // The question picker: tick two questions (the count follows), continue to the form with them listed.
            driver.get(root + "instructors/class-quizzes/pick");
            problems.addAll(PageChecks.all(browser, "class-quiz-pick"));
            assertThat(driver.findElement(By.id("picked-count")).getText()).isEqualTo("0 questions ticked");
            driver.findElement(By.cssSelector("#pick-topic-rmsks-credential > summary")).click();
            List<WebElement> boxes = driver.findElements(By.cssSelector("#pick-topic-rmsks-credential input[type=checkbox]"));
            boxes.get(0).click();
            boxes.get(1).click();
            assertThat(driver.findElement(By.id("picked-count")).getText()).isEqualTo("2 questions ticked");
            String first = boxes.get(0).getAttribute("value");
            String second = boxes.get(1).getAttribute("value");
            browser.clickAndLoad(driver.findElement(By.cssSelector(".picker-bar button:not([formaction])")));
            assertThat(driver.findElement(By.id("questions")).getAttribute("value")).isEqualTo(first + ", " + second);

            driver.get(root + "quiz?questions=no-such-question");
            problems.addAll(PageChecks.all(browser, "quiz-bad-selection"));
        }
        assertThat(problems).isEmpty();
    }
}
