package org.mskguide.site;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.mskguide.content.Content;
import org.mskguide.content.Heading;
import org.mskguide.content.Page;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TopicResourceTest {

    @Inject
    Content content;

    @Test
    void everyTopicRendersWithTitleSectionsAndNavigation() {
        for (Page topic : content.topics()) {
            String html = given()
                    .when().get(topic.path())
                    .then().statusCode(200)
                    .contentType(startsWith("text/html"))
                    .header("Content-Type", containsString("charset=UTF-8"))
                    .extract().asString();
            Document doc = Jsoup.parse(html);

            assertThat(doc.select("h1")).as(topic.slug()).hasSize(1);
            assertThat(doc.selectFirst("h1").text()).isEqualTo(topic.title());
            assertThat(doc.title()).startsWith(topic.title());
            assertThat(doc.selectFirst("link[rel=canonical]").attr("href")).endsWith(topic.path());
            assertThat(doc.selectFirst("meta[property=og:title]").attr("content")).isEqualTo(topic.title());
            assertThat(doc.select("nav[aria-label=Breadcrumb] a[aria-current=page]").text()).isEqualTo(topic.title());
            assertThat(doc.select("#key-takeaways")).hasSize(1);
            assertThat(doc.select("#sources + ol li")).hasSize(topic.sources().size());
            for (Heading h : topic.headings()) {
                assertThat(doc.getElementById(h.id())).as(topic.slug() + "#" + h.id()).isNotNull();
                assertThat(doc.select(".toc a[href=#" + h.id() + "]").size() + (h.level() == 3 ? 1 : 0))
                        .as("table of contents lists " + h.id()).isPositive();
            }
            assertThat(doc.select("#disclaimer").isEmpty()).as(topic.slug() + " disclaimer").isEqualTo(!topic.credential());
        }
    }

    @Test
    void prevAndNextFollowReadingOrder() {
        Page first = content.topics().get(0);
        Page second = content.topics().get(1);
        Document doc = Jsoup.parse(given().get(second.path()).asString());

        assertThat(doc.select("a[rel=prev]").attr("href")).isEqualTo(first.path());
        assertThat(doc.select("a[rel=next]").attr("href")).isEqualTo(content.topics().get(2).path());
        assertThat(Jsoup.parse(given().get(first.path()).asString()).select("a[rel=prev]")).isEmpty();
    }

    @Test
    void credentialNumbersOnPagesEqualTheDataFile() throws IOException {
        // Read the data file independently of the application's own loader.
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonNode rmsks = yaml.readTree(Path.of("content/credentials/rmsks.yml").toFile()).get("facts");
        JsonNode rmsk = yaml.readTree(Path.of("content/credentials/rmsk.yml").toFile()).get("facts");
        String text = Jsoup.parse(given().get("/topics/rmsks-credential").asString()).select(".prose").text();
        for (String key : List.of("maintenanceCmeMsk", "examWindowYears", "clinicalMonths")) {
            int value = rmsks.get(key).get("value").asInt();
            assertThat(content.rmsks().value(key)).isEqualTo(value);
            assertThat(text).as(key).containsPattern("\\b" + value + "\\b");
        }
        for (String key : List.of("studiesRequired", "studiesWindowMonths", "therapeuticMaxCases")) {
            int value = rmsk.get(key).get("value").asInt();
            assertThat(content.credential("rmsk").value(key)).isEqualTo(value);
            assertThat(text).as(key).containsPattern("\\b" + value + "\\b");
        }
    }

    @Test
    void unknownTopicGetsTheHelpful404Page() {
        String html = given()
                .when().get("/topics/no-such-topic")
                .then().statusCode(404)
                .contentType(startsWith("text/html"))
                .extract().asString();
        Document doc = Jsoup.parse(html);

        assertThat(doc.selectFirst("h1").text()).isEqualTo("Page not found");
        assertThat(doc.select(".cards a")).hasSize(content.topics().size());
        assertThat(html).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void unknownPathAnywhereGets404Page() {
        given().when().get("/no/such/page").then().statusCode(404).body(containsString("Page not found"));
    }

    @Test
    void formerOrShortSlugRedirectsPermanentlyForPagesAndQuizzes() {
        Page page = content.topicByAlias("rmsks").orElseThrow();

        given().redirects().follow(false)
                .when().get("/topics/rmsks")
                .then().statusCode(301)
                .header("Location", endsWith(page.path()));
        given().redirects().follow(false)
                .when().get("/quiz?topic=rmsks")
                .then().statusCode(301)
                .header("Location", endsWith("/quiz?topic=" + page.slug()));
    }

    @Test
    void repeatedConditionalRequestGets304() {
        String etag = given().when().get("/topics/dynamic-imaging").then().statusCode(200)
                .header("Cache-Control", "no-cache")
                .extract().header("ETag");

        assertThat(etag).isNotBlank();
        given().header("If-None-Match", etag)
                .when().get("/topics/dynamic-imaging")
                .then().statusCode(304).header("ETag", equalTo(etag)).body(equalTo(""));
        given().header("If-None-Match", "\"stale\"")
                .when().get("/topics/dynamic-imaging")
                .then().statusCode(200);
    }

    @Test
    void gzipIsServedWhenAccepted() {
        byte[] plain = given().header("Accept-Encoding", "identity").get("/topics/dynamic-imaging").asByteArray();
        given().header("Accept-Encoding", "gzip")
                .when().get("/topics/dynamic-imaging")
                .then().statusCode(200)
                .header("Content-Encoding", "gzip")
                .header("Vary", containsString("Accept-Encoding"));
        assertThat(plain.length).isGreaterThan(1000);
    }

    @Test
    void topicIndexListsEveryTopic() {
        Document doc = Jsoup.parse(given().get("/topics").then().statusCode(200).extract().asString());

        assertThat(doc.select(".cards a")).extracting(e -> e.attr("href"))
                .containsExactlyElementsOf(content.topics().stream().map(Page::path).toList());
    }
}
