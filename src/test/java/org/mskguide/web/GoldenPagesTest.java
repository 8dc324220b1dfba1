package org.mskguide.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.mskguide.content.Content;
import org.mskguide.content.ContentConfig;
import org.mskguide.content.Page;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The site's HTML, byte for byte, against copies kept in {@code src/test/resources/golden/}: a change to how pages
 * are rendered (templates, globals, resolvers) must not change what a reader gets. The pages are rendered from the
 * frozen fixture content in {@code src/test/resources/fixtures/content/}, never from {@code content/}, so an author's
 * edit cannot break this test (the content rules are the content tests' and the loader's job), and on the fixed days
 * of the {@code %test.} settings, so the date it runs does not matter. Only what differs per request is normalized:
 * CSRF token values, attempt ids and the day a quiz was taken. The quiz draw is fixed by a seed.
 * <p>
 * After an intended change of output, rewrite the copies with {@code -Dgolden.update=true} and review the diff.
 */
@QuarkusTest
@TestProfile(GoldenPagesTest.Fixture.class)
class GoldenPagesTest {

    /** The fixture content folder, relative to the project (the tests' working directory). */
    static final Path FIXTURE = Path.of("src/test/resources/fixtures/content");

    /**
     * Fixture content; same draw every request; its own in-memory database, so other tests' attempts cannot show.
     */
    public static class Fixture implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("guide.content.dir", FIXTURE.toString(),
                    "guide.quiz.seed", "20261129",
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:msk-guide-golden;DB_CLOSE_DELAY=-1");
        }

        @Override
        public String getConfigProfile() {
            return "test";
        }
    }

    static final Path DIR = Path.of("src/test/resources/golden");

    static final String RESULT_QUERY = "credential=yes&type=RN&studies=138&perMonth=6&cme=12&spi=yes&spiDate=2025-06-01";

    /** Page name (the golden file's name) to path, in the order they are fetched. */
    static final Map<String, String> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("home", "/");
        PAGES.put("topics", "/topics");
        PAGES.put("topic-rmsks-credential", "/topics/rmsks-credential");
        PAGES.put("topic-shoulder-ultrasound", "/topics/shoulder-ultrasound");
        PAGES.put("glossary", "/glossary");
        PAGES.put("about", "/about");
        PAGES.put("for-students", "/for-students");
        PAGES.put("eligibility", "/eligibility");
        PAGES.put("eligibility-questions", "/eligibility/questions");
        PAGES.put("eligibility-questions-filled", "/eligibility/questions?" + RESULT_QUERY);
        PAGES.put("eligibility-result", "/eligibility/result?" + RESULT_QUERY);
        PAGES.put("eligibility-result-physician", "/eligibility/result?credential=yes&type=MD&studies=40&perMonth=0"
                + "&cme=2&spi=no");
        PAGES.put("eligibility-result-errors", "/eligibility/result?credential=maybe&type=RN&studies=-3&perMonth=x"
                + "&cme=12&spi=yes&spiDate=2031-13-01");
        PAGES.put("eligibility-planner", "/eligibility/planner");
        PAGES.put("eligibility-plan", "/eligibility/planner/result?applyIn=2027-01&perMonth=4&log=2025-03+12%0A2025-04+9");
        PAGES.put("eligibility-plan-errors", "/eligibility/planner/result?applyIn=2027-01&log=2031-01+5");
        PAGES.put("quiz", "/quiz");
        PAGES.put("quiz-topic", "/quiz?topic=shoulder-ultrasound");
        PAGES.put("quiz-unknown-topic", "/quiz?topic=no-such-topic");
        PAGES.put("quiz-bad-selection", "/quiz?questions=no-such-question");
        PAGES.put("instructors", "/instructors");
        PAGES.put("instructors-class-new", "/instructors/class-quizzes/new");
        PAGES.put("instructors-export", "/instructors/export");
        PAGES.put("search-empty", "/search");
        PAGES.put("search-tendon", "/search?q=tendon");
        PAGES.put("search-page-2", "/search?q=ultrasound&page=2");
        PAGES.put("search-did-you-mean", "/search?q=sholdr");
        PAGES.put("explore", "/explore");
        PAGES.put("explore-beam-angle", "/explore/beam-angle?angle=10");
        PAGES.put("explore-needle", "/explore/needle?approach=out-of-plane&depth=3");
        PAGES.put("cite-section", "/cite?page=rmsks-credential&section=no-such-section");
        PAGES.put("cite", "/cite?page=rmsks-credential");
        PAGES.put("print-topics", "/print/topics");
        PAGES.put("not-found", "/no-such-page-for-golden");
    }

    @Inject
    ContentConfig contentConfig;

    @Inject
    Content content;

    /**
     * Every content reader goes through {@code ContentFolder}, which reads {@code guide.content.dir} when it is set:
     * so with the fixture set here, and the topics served being exactly the fixture's files, {@code content/} is never
     * read and an author's edit there cannot change a golden page.
     */
    @Test
    void pagesComeFromTheFixtureNeverFromLiveContent() throws IOException {
        assertThat(contentConfig.dir()).contains(FIXTURE);
        try (Stream<Path> files = Files.list(FIXTURE.resolve("topics"))) {
            assertThat(content.topics()).extracting(Page::sourceFile)
                    .containsExactlyInAnyOrderElementsOf(files.map(f -> "topics/" + f.getFileName()).toList());
        }
    }

    @Inject
    SiteConfig site;

    /**
     * Links and forms inside the site are relative, so a page works at any address; only what leaves the page (the
     * canonical link, Open Graph, a printed handout's addresses) is built from {@code guide.site.base-url}.
     */
    @Test
    void linksAndFormsInsideTheSiteAreRelative() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().startsWith("print-")).toList()) {
                Document page = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
                assertThat(page.select("a[href^='" + site.baseUrl() + "'], form[action^='" + site.baseUrl() + "']"))
                        .as(file.getFileName().toString()).isEmpty();
            }
        }
    }

    @Test
    void everyPageIsByteForByteAsBefore() throws IOException {
        Map<String, String> served = new LinkedHashMap<>();
        // Paths are sent as written (already encoded), as a browser sends a followed link.
        PAGES.forEach((name, path) -> served.put(name, normalize(given().urlEncodingEnabled(false).get(path).asString())));
        served.put("quiz-chosen", normalize(given().get("/quiz?questions=" + chosenIds()).asString()));
        served.put("quiz-result", normalize(quizResult()));
        served.put("quiz-retry", normalize(quizRetry()));

        List<String> different = new ArrayList<>();
        for (Map.Entry<String, String> page : served.entrySet()) {
            Path file = DIR.resolve(page.getKey() + ".html");
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(DIR);
                Files.writeString(file, page.getValue(), StandardCharsets.UTF_8);
            } else if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(page.getValue())) {
                different.add(page.getKey());
                Files.createDirectories(Path.of("target/golden"));
                Files.writeString(Path.of("target/golden", page.getKey() + ".html"), page.getValue(), StandardCharsets.UTF_8);
            }
        }
        assertThat(different).as("pages that differ from src/test/resources/golden (served copies in target/golden)")
                .isEmpty();
    }

    /** Only values that differ per request are replaced; everything else is compared as served. */
    static String normalize(String html) {
        // The one real clock left: a quiz attempt records the instant it was stored (Instant.now()).
        String today = TemplateExtensions.longDate(LocalDate.now(ZoneOffset.UTC));
        return html.replaceAll("name=\"csrf-token\" value=\"[^\"]*\"", "name=\"csrf-token\" value=\"CSRF\"")
                .replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "UUID")
                .replace("taken on " + today, "taken on TODAY");
    }

    /** The first three questions of the seeded topic quiz, as "practise the ones you missed" would name them. */
    private static String chosenIds() {
        Document quiz = Jsoup.parse(given().get("/quiz?topic=shoulder-ultrasound").asString());
        String[] ids = quiz.selectFirst("input[name=questions]").val().split(",");
        return String.join(",", ids[0], ids[1], ids[2]);
    }

    /** A topic quiz answered with each question's first choice, then the result page it redirects to. */
    private static String quizResult() {
        Response page = given().get("/quiz?topic=shoulder-ultrasound");
        Document doc = Jsoup.parse(page.asString());
        RequestSpecification post = form(page, doc);
        for (Element fieldset : doc.select("form#quiz-form fieldset")) {
            Element first = fieldset.selectFirst("input[type=radio]");
            post = post.formParam(first.attr("name"), first.val());
        }
        Response posted = post.post("/quiz");
        assertThat(posted.statusCode()).isEqualTo(303);
        return given().get(posted.header("Location")).asString();
    }

    /** A topic quiz sent with an answer to a question it did not serve: the form again, with the error summary. */
    private static String quizRetry() {
        Response page = given().get("/quiz?topic=shoulder-ultrasound");
        Document doc = Jsoup.parse(page.asString());
        Response posted = form(page, doc).formParam("no-such-question", "a").post("/quiz");
        assertThat(posted.statusCode()).isEqualTo(400);
        return posted.asString();
    }

    private static RequestSpecification form(Response page, Document doc) {
        return given().redirects().follow(false)
                .cookie("csrf-token", page.cookie("csrf-token"))
                .formParam("csrf-token", doc.selectFirst("input[name=csrf-token]").val())
                .formParam("topic", doc.selectFirst("input[name=topic]").val())
                .formParam("questions", doc.selectFirst("input[name=questions]").val());
    }
}
