package org.mskguide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A reader goes from the home page to a topic, jumps to a section from "On this page", copies the section's
 * permalink, and later opens it: the page opens at that section. Once with JavaScript on, once off.
 */
@QuarkusTest
class ReadingFlowTest {

    @TestHTTPResource("/")
    URL root;

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = { true, false })
    void homeToTopicToSectionPermalink(boolean javascript) {
        try (Browser browser = Browser.start(javascript)) {
            assertThat(browser.runsPageScripts()).isEqualTo(javascript);
            ChromeDriver driver = browser.driver();

            driver.get(root.toString());
            WebElement card = driver.findElement(By.cssSelector(".cards a[href*=\"/topics/\"]"));
            String topicTitle = card.getText();
            String topicUrl = card.getAttribute("href");
            browser.clickAndLoad(card);
            assertThat(driver.getCurrentUrl()).isEqualTo(topicUrl);
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(topicTitle);

            WebElement contentsLink = driver.findElements(By.cssSelector(".toc a")).get(1);
            String section = contentsLink.getAttribute("href").replaceFirst(".*#", "");
            contentsLink.click();
            assertThat(driver.getCurrentUrl()).isEqualTo(topicUrl + "#" + section);
            assertThat(onScreen(driver, section)).isTrue();

            String permalink = driver.findElement(By.id(section)).findElement(By.cssSelector("a.permalink"))
                    .getAttribute("href");
            assertThat(permalink).isEqualTo(topicUrl + "#" + section);

            driver.get(root.toString());
            driver.get(permalink);
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(topicTitle);
            assertThat(onScreen(driver, section)).isTrue();
        }
    }

    /** Whether the element is scrolled into the viewport (the page opened at it, not at its top). */
    private static boolean onScreen(ChromeDriver driver, String id) {
        return (Boolean) driver.executeScript("const r = document.getElementById(arguments[0])"
                + ".getBoundingClientRect(); return scrollY > 0 && r.top >= 0 && r.bottom <= innerHeight;", id);
    }
}
