package org.mskguide.cite;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mskguide.content.Content;
import org.mskguide.content.Heading;
import org.mskguide.content.Page;
import org.mskguide.web.SiteConfig;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** "Cite this page" over HTTP: linked from every topic page, the citations carry its dates, the RIS downloads. */
@QuarkusTest
class CiteResourceTest {

    @Inject
    Content content;

    @Inject
    SiteConfig site;

    @Test
    void everyTopicPageLinksItsCitationPage() {
        for (Page topic : content.topics()) {
            Document page = Jsoup.parse(given().get(topic.path()).asString());
            assertThat(page.select("a[href=/cite?page=" + topic.slug() + "]").text()).as(topic.slug())
                    .isEqualTo("Cite this page");
        }
    }

    @Test
    void theCitationPageShowsApaAndAmaWithTheReviewedAndAccessDates() {
        Page topic = content.topics().get(0);
        Response r = given().get("/cite?page=" + topic.slug());

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.header("Cache-Control")).isEqualTo("private, no-cache");
        Document page = Jsoup.parse(r.asString());
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        Citation expected = new Citation(site.name(), topic.title(), null, site.baseUrl() + topic.path(),
                topic.lastReviewed(), java.time.LocalDate.of(2026, 11, 26));
        assertThat(page.getElementById("apa-text").text()).isEqualTo(expected.apa().text());
        assertThat(page.select("#apa-text i").text()).isEqualTo(topic.title());
        assertThat(page.getElementById("ama-text").text()).isEqualTo(expected.ama().text());
        assertThat(page.select("#ama-text i").text()).isEqualTo(site.name());
        assertThat(page.select("a[download]").attr("href")).isEqualTo("/cite/" + topic.slug() + ".ris");
        assertThat(page.select("select#section option")).hasSize(topic.headings().size() + 1);
    }

    @Test
    void aSectionIsCitedWithItsHeadingAndAnchor() {
        Page topic = content.topics().get(1);
        Heading h = topic.toc().get(0);
        Document page = Jsoup.parse(given().get("/cite?page=" + topic.slug() + "&section=" + h.id()).asString());

        assertThat(page.getElementById("apa-text").text()).contains(topic.title() + ": " + h.text(),
                site.baseUrl() + topic.path() + "#" + h.id());
        assertThat(page.select("select#section option[selected]").attr("value")).isEqualTo(h.id());

        Response ris = given().get("/cite/" + topic.slug() + ".ris?section=" + h.id());
        assertThat(ris.statusCode()).isEqualTo(200);
        assertThat(ris.contentType()).startsWith(CiteResource.RIS_TYPE);
        assertThat(ris.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"" + topic.slug() + "-" + h.id() + ".ris\"");
        assertThat(ris.asString()).contains("TI  - " + topic.title() + ": " + h.text() + "\r\n",
                "UR  - " + site.baseUrl() + topic.path() + "#" + h.id() + "\r\n", "Y2  - 2026/11/26\r\n",
                "DA  - " + topic.lastReviewed().toString().replace('-', '/') + "\r\n");
    }

    @Test
    void theRisFileOfAPageHasEveryField() {
        Page topic = content.topics().get(0);
        Response ris = given().get("/cite/" + topic.slug() + ".ris");

        assertThat(ris.statusCode()).isEqualTo(200);
        assertThat(ris.header("Content-Disposition")).isEqualTo("attachment; filename=\"" + topic.slug() + ".ris\"");
        assertThat(ris.asString().split("\r\n")).containsExactly("TY  - ELEC", "TI  - " + topic.title(),
                "T2  - " + site.name(), "AU  - " + site.name(), "PY  - " + topic.lastReviewed().getYear(),
                "DA  - " + topic.lastReviewed().toString().replace('-', '/'), "UR  - " + site.baseUrl() + topic.path(),
                "Y2  - 2026/11/26", "ER  - ");
    }

    @Test
    void unknownPagesAndSectionsGetAClearAnswer() {
        assertThat(given().get("/cite?page=no-such-topic").statusCode()).isEqualTo(404);
        assertThat(given().get("/cite").statusCode()).isEqualTo(400);
        assertThat(given().get("/cite/no-such-topic.ris").statusCode()).isEqualTo(404);
        Page topic = content.topics().get(0);
        Response bad = given().get("/cite?page=" + topic.slug() + "&section=no-such-section");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(bad.asString()).select("#section-error").text()).contains("no section 'no-such-section'");
        assertThat(given().get("/cite/" + topic.slug() + ".ris?section=nope").statusCode()).isEqualTo(400);
    }
}
