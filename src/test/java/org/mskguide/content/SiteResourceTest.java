package org.mskguide.content;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SiteResourceTest {

    @Inject
    Content content;

    @Test
    void homeAnswersTheQuestionAndLinksEveryTopicQuizAndSelfCheck() {
        Document doc = Jsoup.parse(given().get("/").then().statusCode(200).extract().asString());

        assertThat(doc.select("html").attr("lang")).isEqualTo("en");
        assertThat(doc.select("h1")).hasSize(1);
        assertThat(doc.select("#what-is")).hasSize(1);
        assertThat(doc.select(".intro .prose p").text()).isNotBlank();
        for (Page topic : content.topics()) {
            assertThat(doc.select(".cards a[href=" + topic.path() + "]")).as(topic.path()).hasSize(1);
        }
        assertThat(doc.select("a[href=/quiz]")).isNotEmpty();
        assertThat(doc.select("a[href=/eligibility]")).isNotEmpty();
        assertThat(doc.select("a.skip-link[href=#main]")).hasSize(1);
        assertThat(doc.select("meta[name=description]").attr("content")).isNotBlank();
        assertThat(doc.select("script")).isEmpty();
    }

    @Test
    void glossaryAndAboutRender() {
        Document glossary = Jsoup.parse(given().get("/glossary").then().statusCode(200).extract().asString());
        assertThat(glossary.select("h2#rmsks, h2#rmsk, h2#transducer")).hasSize(3);

        Document about = Jsoup.parse(given().get("/about").then().statusCode(200).extract().asString());
        assertThat(about.text()).contains("ARDMS");
    }

    @Test
    void sitemapListsEveryTopicAndRobotsPointsAtIt() {
        String sitemap = given().get("/sitemap.xml").then().statusCode(200)
                .contentType(containsString("xml")).extract().asString();
        for (Page topic : content.topics()) {
            assertThat(sitemap).contains("<loc>http://localhost:8080" + topic.path() + "</loc>");
        }
        given().get("/robots.txt").then().statusCode(200).body(containsString("Sitemap: http://localhost:8080/sitemap.xml"));
    }

    @Test
    void stylesheetIsFingerprintedAndCachedForAYear() {
        Document doc = Jsoup.parse(given().get("/").asString());
        String href = doc.selectFirst("link[rel=stylesheet]").attr("href");

        assertThat(href).matches("/assets/site\\.css\\?v=[0-9a-f]{8}");
        given().get(href).then().statusCode(200)
                .contentType(containsString("text/css"))
                .header("Cache-Control", containsString("immutable"));
        given().get("/assets/nope.css").then().statusCode(404);
    }
}
