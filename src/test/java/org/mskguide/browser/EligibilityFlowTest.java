package org.mskguide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A reader starts the self-check from the home page and sends it with a mistake: the error summary has focus,
 * its links lead (by keyboard) to the fields; once the answers are fixed, the result shows them. Once with
 * JavaScript on (then the error and result pages get every page check), once off. A study plan, the result of
 * the planner's form, gets every page check too. Both results carry a chart.
 */
@QuarkusTest
class EligibilityFlowTest {

    @TestHTTPResource("/")
    URL root;

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = { true, false })
    void startSubmitWithErrorsFixAndSeeTheResult(boolean javascript) {
        try (Browser browser = Browser.start(javascript)) {
            assertThat(browser.runsPageScripts()).isEqualTo(javascript);
            ChromeDriver driver = browser.driver();

            driver.get(root.toString());
            browser.clickAndLoad(driver.findElement(By.cssSelector(".entry-points a[href='/eligibility']")));
            // The route finder first: a physician is pointed to the RMSK, whose rule the check then scores.
            driver.findElement(By.cssSelector("label[for=profession-physician]")).click();
            browser.clickAndLoad(driver.findElement(By.cssSelector("#route-finder button[type=submit]")));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Your MSK credential: RMSK");
            browser.clickAndLoad(driver.findElement(By.linkText("Check the RMSK rule")));
            assertThat(driver.getCurrentUrl()).isEqualTo(root + "eligibility/questions?profession=physician");

            driver.findElement(By.id("studies")).sendKeys("lots");
            browser.clickAndLoad(driver.findElement(By.cssSelector("main form button[type=submit]")));

            WebElement summary = driver.findElement(By.id("error-summary"));
            assertThat(driver.switchTo().activeElement()).as("the error summary has focus").isEqualTo(summary);
            assertThat(summary.getCssValue("outline-style")).as("the summary shows its focus").isNotEqualTo("none");
            List<WebElement> links = summary.findElements(By.tagName("a"));
            assertThat(links).extracting(link -> link.getAttribute("href").replaceFirst(".*#", ""))
                    .contains("studies");
            for (WebElement link : links) {
                String field = link.getAttribute("href").replaceFirst(".*#", "");
                assertThat(driver.findElement(By.id(field)).getTagName()).as(field).isIn("input", "select", "textarea");
            }
            String errorsUrl = driver.getCurrentUrl();

            // Keyboard: from the focused summary, Tab reaches its first link and Enter moves focus to that field.
            new Actions(driver).sendKeys(Keys.TAB).perform();
            assertThat(driver.switchTo().activeElement()).isEqualTo(links.get(0));
            String firstField = links.get(0).getAttribute("href").replaceFirst(".*#", "");
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo(firstField);

            if (javascript) {
                assertThat(PageChecks.all(browser, "eligibility-errors")).isEmpty();
                driver.get(errorsUrl);
            }

            driver.findElement(By.cssSelector("label[for=licence]")).click();
            driver.findElement(By.cssSelector("label[for=real]")).click();
            WebElement studies = driver.findElement(By.id("studies"));
            studies.clear();
            studies.sendKeys("10");
            // A monthly pace gives the result a date ahead, so the result page carries its timeline chart.
            driver.findElement(By.id("perMonth")).sendKeys("8");
            browser.clickAndLoad(driver.findElement(By.cssSelector("main form button[type=submit]")));

            assertThat(driver.getCurrentUrl()).startsWith(root + "eligibility/result?");
            assertThat(driver.findElements(By.id("error-summary"))).isEmpty();
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Your self-check result: RMSK");
            assertThat(driver.findElement(By.id("check-your-answers")).findElement(By.xpath("following-sibling::dl"))
                    .getText()).contains("10");
            assertThat(driver.findElements(By.cssSelector("figure.chart svg[role=img]"))).hasSize(1);

            if (javascript) {
                assertThat(PageChecks.all(browser, "eligibility-result")).isEmpty();
            }
        }
    }

    @Test
    void aStudyPlanPassesEveryPageCheck() {
        try (Browser browser = Browser.start(true)) {
            ChromeDriver driver = browser.driver();
            driver.get(root + "eligibility");
            browser.clickAndLoad(driver.findElement(By.linkText("study planner")));

            driver.findElement(By.id("log")).sendKeys("2026-09 12\n2026-10 9");
            driver.findElement(By.id("applyIn")).sendKeys("2027-01");
            browser.clickAndLoad(driver.findElement(By.cssSelector("main form button[type=submit]")));

            assertThat(driver.getCurrentUrl()).startsWith(root + "eligibility/planner/result?");
            assertThat(driver.findElements(By.id("error-summary"))).isEmpty();
            assertThat(driver.findElements(By.cssSelector("figure.chart svg[role=img]"))).hasSize(1);
            assertThat(PageChecks.all(browser, "eligibility-plan")).isEmpty();
        }
    }
}
