package org.mskguide.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.net.Socket;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** {@code /search} over HTTP: the form in every page's header, results, paging, and every kind of bad input. */
@QuarkusTest
class SearchResourceTest {

    @TestHTTPResource("/")
    URL root;

    static Document get(String query, int status) {
        Response response = given().queryParam("q", query).get("/search");
        assertThat(response.statusCode()).as(query).isEqualTo(status);
        assertThat(response.contentType()).startsWith("text/html");
        return Jsoup.parse(response.asString());
    }

    static Document getRaw(String pathAndQuery, int status) {
        Response response = given().urlEncodingEnabled(false).get(pathAndQuery);
        assertThat(response.statusCode()).as(pathAndQuery).isEqualTo(status);
        return Jsoup.parse(response.asString());
    }

    @ParameterizedTest
    @ValueSource(strings = { "/", "/topics", "/topics/rmsks-credential", "/glossary", "/about", "/quiz",
            "/eligibility", "/explore", "/no-such-page" })
    void everyPageHasTheSearchFormInItsHeaderAndTheOpenSearchLink(String path) {
        Document doc = Jsoup.parse(given().get(path).asString());

        assertThat(doc.select("header form[role=search][method=get][action=/search] input[type=search][name=q]"))
                .as(path).hasSize(1);
        assertThat(doc.select("header label[for=site-search-q]").text()).isEqualTo("Search the guide");
        assertThat(doc.select("link[rel=search][type=application/opensearchdescription+xml]").attr("href"))
                .isEqualTo("/opensearch.xml");
    }

    @Test
    void anEmptyQueryShowsTheSearchPage() {
        for (Document doc : List.of(getRaw("/search", 200), getRaw("/search?q=", 200), get("   ", 200))) {
            assertThat(doc.select("h1").text()).isEqualTo("Search the guide");
            assertThat(doc.select("main form input#q[name=q]")).hasSize(1);
            assertThat(doc.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
            assertThat(doc.select(".search-results")).isEmpty();
            assertThat(doc.select(".error-summary")).isEmpty();
        }
    }

    @Test
    void resultsShowPageSectionSnippetCountAndLinkToTheSectionAnchor() {
        Document doc = get("anisotropy", 200);

        assertThat(doc.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(doc.select("link[rel=canonical]")).isEmpty();
        assertThat(doc.select("h2#results").text()).matches("\\d+ results? for “anisotropy”.*");
        assertThat(doc.select(".search-results a").eachAttr("href"))
                .contains("/topics/artifacts-and-pitfalls#anisotropy", "/glossary#anisotropy");
        assertThat(doc.select(".search-snippet mark").eachText()).allMatch(t -> t.equalsIgnoreCase("anisotropy"));
        assertThat(doc.select("main input#q").val()).isEqualTo("anisotropy");
        given().get("/topics/artifacts-and-pitfalls").then().body(containsString("id=\"anisotropy\""));
    }

    @Test
    void aSynonymFindsItsPagesOverHttp() {
        assertThat(get("MSK", 200).select(".search-results a").eachAttr("href")).isNotEmpty();
        assertThat(get("RMSKS", 200).select(".search-results a").eachAttr("href"))
                .anyMatch(h -> h.startsWith("/topics/rmsks-credential"));
    }

    @Test
    void resultsComeInPagesWithLinksThatKeepTheQuery() {
        Document first = get("ultrasound", 200);
        assertThat(first.select(".search-results > li")).hasSize(SearchIndex.PAGE_SIZE);
        String next = first.select(".pager a[rel=next]").attr("href");
        assertThat(next).isEqualTo("/search?q=ultrasound&page=2");

        Document second = getRaw(next, 200);
        assertThat(second.select(".search-results").attr("start")).isEqualTo("11");
        assertThat(second.select(".pager a[rel=prev]").attr("href")).isEqualTo("/search?q=ultrasound");
        assertThat(getRaw("/search?q=ultrasound&page=abc", 200).select(".search-results").attr("start"))
                .isEqualTo("1");
        assertThat(getRaw("/search?q=ultrasound&page=-3", 200).select(".search-results").attr("start"))
                .isEqualTo("1");
        assertThat(getRaw("/search?q=ultrasound&page=99999999999", 200).select(".search-results > li")).isNotEmpty();
    }

    @Test
    void aTypoThatStillFindsResultsSaysWhichSpellingTheyAreFor() {
        Document doc = get("anisotrophy", 200);

        assertThat(doc.select(".search-results > li")).isNotEmpty();
        assertThat(doc.select(".search-suggestion").text()).startsWith("Showing results for anisotropy");
        assertThat(doc.select(".search-suggestion a").attr("href")).isEqualTo("/search?q=anisotropy");
        // Spelled right: no such line.
        assertThat(get("anisotropy", 200).select(".search-suggestion")).isEmpty();
    }

    @Test
    void noResultsIsAFriendlyPageWithDidYouMeanAndWaysToBrowse() {
        Document doc = get("sholdr", 200);

        assertThat(doc.select("h2#results").text()).isEqualTo("No results for “sholdr”");
        assertThat(doc.select(".search-suggestion a").attr("href")).isEqualTo("/search?q=shoulder");
        assertThat(doc.select("main a[href=/topics]")).isNotEmpty();
        assertThat(doc.select("main a[href=/glossary]")).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "tendon AND (shoulder OR \"knee", "\"unbalanced", "((((", "]]]}", "*ndon", "?endon",
            "title:foo", "\\", "~~~", "tendon~2^3", "+-!():^[]\"{}~*?|&/", "<script>alert(1)</script>",
            "' OR 1=1 --", "%", "&&", "𝄞" })
    void queriesThatLookLikeSyntaxNeverFail(String query) {
        Document doc = get(query, 200);

        assertThat(doc.select("main input#q").val()).isEqualTo(query.strip());
        assertThat(doc.select("main script")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "/search?q=%ZZ", "/search?q=%E0%A4%A", "/search?q=tendon&page=%" })
    void aMalformedEscapeInTheAddressIsA400(String pathAndQuery) throws IOException {
        // HTTP clients refuse to send such an address, so write the request by hand.
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String statusLine = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                    .lines().findFirst().orElse("");

            assertThat(statusLine).as(pathAndQuery).startsWith("HTTP/1.1 400");
        }
    }

    @Test
    void overTwoHundredCharactersGetsA400WithTheFormAndAMessageNextToTheField() {
        String tooLong = "tendon ".repeat(30);
        Document doc = get(tooLong, 400);

        assertThat(doc.title()).startsWith("Error:");
        assertThat(doc.select(".error-summary a[href=#q]").text()).contains("200 characters or fewer");
        assertThat(doc.select("#q-error").text()).contains("200 characters or fewer");
        assertThat(doc.select("input#q[aria-invalid=true]").attr("aria-describedby")).contains("q-error");
        assertThat(doc.select(".search-results")).isEmpty();
        get("a".repeat(SearchQuery.MAX_LENGTH), 200);
    }

    @Test
    void aTenThousandCharacterQueryGetsThe400PageNotAnError() {
        get("x".repeat(10_000), 400);
        get("tendon ".repeat(1_500).substring(0, 10_000), 400);
    }

    @Test
    void theQueryIsNeitherLoggedNorCached() {
        String secret = "zebraquerymarker" + System.nanoTime();
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record.getMessage() + " " + java.util.Arrays.toString(record.getParameters()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            given().queryParam("q", secret).get("/search").then().statusCode(200)
                    .header("Cache-Control", containsString("no-store"));
            given().queryParam("q", secret + " ".repeat(300)).queryParam("q", "x".repeat(300)).get("/search");
        } finally {
            root.removeHandler(capture);
        }
        assertThat(lines).noneMatch(line -> line.contains(secret));
    }

    @Test
    void searchIsKeptOutOfTheSitemap() {
        given().get("/sitemap.xml").then().statusCode(200).body(not(containsString("/search")));
    }

    @Test
    void theOpenSearchDescriptionPointsAtTheSearchPage() {
        String xml = given().get("/opensearch.xml").then().statusCode(200)
                .contentType(containsString("application/opensearchdescription+xml")).extract().asString();

        assertThat(xml).contains("<OpenSearchDescription xmlns=\"http://a9.com/-/spec/opensearch/1.1/\">")
                .contains("template=\"http://localhost:8080/search?q={searchTerms}\"");
        assertThat(URLEncoder.encode("a b", StandardCharsets.UTF_8)).isEqualTo("a+b");
    }
}
