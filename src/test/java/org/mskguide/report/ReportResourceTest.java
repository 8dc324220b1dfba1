package org.mskguide.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mskguide.content.Content;
import org.mskguide.content.Page;
import org.mskguide.quiz.Question;
import org.mskguide.quiz.QuestionBank;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * "Report a mistake" over HTTP, with JavaScript off: the links on topic and result pages, the prefilled form, 303 to
 * the thanks page, 400 with the field named (and nothing stored), and the maintainers' list and CSV behind a key that
 * is answered the same way whether it is wrong, malformed or missing. ReportResourcePostgresTest runs it on PostgreSQL.
 */
@QuarkusTest
class ReportResourceTest {

    /** The public test key whose hash is {@code %test.guide.reports.key-hash}. */
    static final String KEY = "test-only-maintainers-key-0123456789abcdef";

    @Inject
    Content content;

    @Inject
    QuestionBank bank;

    @BeforeEach
    void noReports() {
        QuarkusTransaction.requiringNew().run(() -> ErrorReport.deleteAll());
    }

    static long stored() {
        return QuarkusTransaction.requiringNew().call(() -> ErrorReport.count());
    }

    /** Opens the form at {@code path} and sends it with these fields (and its hidden fields and token). */
    static Response send(String path, Map<String, String> fields) {
        Response page = given().get(path);
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        Document doc = Jsoup.parse(page.asString());
        RequestSpecification request = given().redirects().follow(false).cookie("csrf-token", page.cookie("csrf-token"));
        doc.select("form[action=/report] input[type=hidden]").forEach(i -> request.formParam(i.attr("name"), i.val()));
        fields.forEach(request::formParam);
        return request.post("/report");
    }

    private Page topic() {
        return content.topic("knee-ultrasound").orElseGet(() -> content.topics().get(0));
    }

    @Test
    void everySectionOfATopicLinksTheFormPrefilledWithItsPlace() {
        Page topic = topic();
        Document page = Jsoup.parse(given().get(topic.path()).asString());

        List<String> links = page.select(".prose p.report-link a").eachAttr("href");
        assertThat(links).hasSize(topic.toc().size());
        assertThat(links.get(0)).isEqualTo("/report?page=" + topic.slug() + "&section=" + topic.toc().get(0).id());
        assertThat(page.select("#changes + ul li, .changes-list li")).hasSize(topic.changes().size());
        assertThat(page.select("section.changes a[href=/report?page=" + topic.slug() + "]")).hasSize(1);

        Document form = Jsoup.parse(given().get(links.get(0)).asString());
        assertThat(form.select(".report-place dd").text()).contains(topic.title(), topic.toc().get(0).text());
        assertThat(form.select("input[name=page]").val()).isEqualTo(topic.slug());
        assertThat(form.select("input[name=section]").val()).isEqualTo(topic.toc().get(0).id());
        assertThat(form.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
    }

    @Test
    void aValidReportIsStoredAndRedirectsToTheThanksPage() {
        Page topic = topic();
        String section = topic.toc().get(1).id();
        Response sent = send("/report?page=" + topic.slug() + "&section=" + section,
                Map.of("problem", "The second sentence contradicts its source.", "source", "https://pubmed.gov/1/",
                        "contact", "reader@example.org", "website", ""));

        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(sent.header("Location")).endsWith("/report/thanks?page=" + topic.slug() + "&section=" + section);
        ErrorReport report = QuarkusTransaction.requiringNew().call(() -> ErrorReport.<ErrorReport>findAll().singleResult());
        assertThat(report.topic).isEqualTo(topic.slug());
        assertThat(report.sectionId).isEqualTo(section);
        assertThat(report.questionId).isNull();
        assertThat(report.problem).isEqualTo("The second sentence contradicts its source.");
        assertThat(report.sourceText).isEqualTo("https://pubmed.gov/1/");
        assertThat(report.contact).isEqualTo("reader@example.org");

        Response thanks = given().get(sent.header("Location").replaceFirst("^https?://[^/]+", ""));
        assertThat(thanks.statusCode()).isEqualTo(200);
        Document doc = Jsoup.parse(thanks.asString());
        assertThat(doc.select("h1").text()).isEqualTo("Thank you for your report");
        assertThat(doc.select("a[href=" + topic.path() + "#" + section + "]")).hasSize(1);
    }

    @Test
    void aQuestionIsReportedFromItsIdAndTheGeneralFormNeedsNoPlace() {
        Question q = bank.questions().get(0);
        Response sent = send("/report?question=" + q.id(), Map.of("problem", "Two choices are right."));
        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(sent.header("Location")).endsWith("/report/thanks?question=" + q.id());

        Response general = send("/report", Map.of("problem", "A broken link on the about page."));
        assertThat(general.statusCode()).isEqualTo(303);
        assertThat(general.header("Location")).endsWith("/report/thanks");

        List<ErrorReport> reports = QuarkusTransaction.requiringNew().call(() -> ErrorReport.newestFirst());
        assertThat(reports).extracting(r -> r.questionId).containsExactlyInAnyOrder(q.id(), null);
        ErrorReport aboutQuestion = reports.stream().filter(r -> q.id().equals(r.questionId)).findFirst().orElseThrow();
        assertThat(aboutQuestion.topic).isEqualTo(q.topic());
        assertThat(aboutQuestion.place).contains(q.id(), q.text());
    }

    @Test
    void aMissingOrOversizedDescriptionIsA400NamingTheFieldAndStoresNothing() {
        Page topic = topic();
        Response blank = send("/report?page=" + topic.slug(), Map.of("problem", "  ", "source", "kept"));

        assertThat(blank.statusCode()).isEqualTo(400);
        Document doc = Jsoup.parse(blank.asString());
        assertThat(doc.title()).startsWith("Error: ");
        assertThat(doc.select(".error-summary a[href=#problem]")).hasSize(1);
        assertThat(doc.select("#problem-error").text()).contains("Describe what is wrong");
        assertThat(doc.select("#problem").attr("aria-invalid")).isEqualTo("true");
        assertThat(doc.select("#source").val()).isEqualTo("kept");
        assertThat(doc.select("input[name=page]").val()).isEqualTo(topic.slug());

        Response huge = send("/report?page=" + topic.slug(), Map.of("problem", "x".repeat(50_000),
                "contact", "y".repeat(201)));
        assertThat(huge.statusCode()).isEqualTo(400);
        Document hugeDoc = Jsoup.parse(huge.asString());
        assertThat(hugeDoc.select(".error-summary a").eachAttr("href")).containsExactly("#problem", "#contact");
        assertThat(hugeDoc.select("#problem-error").text()).contains("2,000 characters or fewer");

        Response nul = send("/report", Map.of("problem", "bad\u0000byte"));
        assertThat(nul.statusCode()).isEqualTo(400);
        assertThat(stored()).isZero();
    }

    @Test
    void spamIsRefusedWithA400AndStoresNothing() {
        Response honeypot = send("/report", Map.of("problem", "Buy now", "website", "https://spam.example"));
        assertThat(honeypot.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(honeypot.asString()).select(".error-summary li").text()).contains("automated spam");

        Response links = send("/report", Map.of("problem",
                "https://a.example https://b.example https://c.example https://d.example"));
        assertThat(links.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(links.asString()).select("#problem-error").text()).contains("at most 3 web addresses");
        assertThat(stored()).isZero();
    }

    @Test
    void anUnknownPlaceIsA404OnTheFormAndA400WhenSent() {
        assertThat(given().get("/report?page=no-such-topic").statusCode()).isEqualTo(404);
        assertThat(given().get("/report?page=" + topic().slug() + "&section=no-such-section").statusCode()).isEqualTo(404);
        assertThat(given().get("/report?question=no-such-question").statusCode()).isEqualTo(404);

        Response page = given().get("/report");
        String token = Jsoup.parse(page.asString()).selectFirst("input[name=csrf-token]").val();
        Response sent = given().redirects().follow(false).cookie("csrf-token", page.cookie("csrf-token"))
                .formParam("csrf-token", token).formParam("page", "no-such-topic").formParam("problem", "Wrong")
                .post("/report");
        assertThat(sent.statusCode()).isEqualTo(400);
        assertThat(stored()).isZero();
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() {
        Response sent = given().redirects().follow(false).formParam("problem", "Wrong").post("/report");
        assertThat(sent.statusCode()).isEqualTo(400);
        assertThat(stored()).isZero();
    }

    @Test
    void theResultPageLinksEveryQuestionToTheForm() {
        String topic = bank.topics().get(0);
        Response quiz = given().get("/quiz?topic=" + topic);
        Document doc = Jsoup.parse(quiz.asString());
        String served = doc.selectFirst("input[name=questions]").val();
        Question first = bank.question(served.split(",")[0]).orElseThrow();
        Response sent = given().redirects().follow(false).cookie("csrf-token", quiz.cookie("csrf-token"))
                .formParam("csrf-token", doc.selectFirst("input[name=csrf-token]").val())
                .formParam("topic", topic)
                .formParam("questions", served)
                .formParam("q." + first.id(), first.correctChoice().id())
                .post("/quiz");
        assertThat(sent.statusCode()).isEqualTo(303);
        Document result = Jsoup.parse(given().get(sent.header("Location").replaceFirst("^https?://[^/]+", "")).asString());

        List<String> links = result.select(".quiz-result .report-link a").eachAttr("href");
        assertThat(links).hasSize(bank.forTopic(topic).size())
                .allMatch(href -> href.startsWith("/report?question="));
        for (String href : links) {
            assertThat(given().get(href).statusCode()).as(href).isEqualTo(200);
        }
    }

    @Test
    void theMaintainersSeeEveryReportWithTheRightKeyAndAsCsv() throws IOException {
        send("/report?page=" + topic().slug(), Map.of("problem", "=1+1 is a formula", "contact", "someone@example.org"));
        send("/report", Map.of("problem", "Second report"));

        Response list = given().get("/report/received?key=" + KEY);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.header("Cache-Control")).isEqualTo("no-store");
        assertThat(list.header("Referrer-Policy")).isEqualTo("no-referrer");
        Document doc = Jsoup.parse(list.asString());
        assertThat(doc.select("li.report")).hasSize(2);
        assertThat(doc.select("li.report .report-problem").eachText()).containsExactly("Second report", "=1+1 is a formula");
        assertThat(doc.text()).contains("someone@example.org");

        Response csv = given().get(doc.selectFirst("a[download]").attr("href"));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.asString())).getRecords();
        assertThat(records).extracting(r -> r.get("problem")).containsExactly("Second report", "'=1+1 is a formula");
        assertThat(records.get(1).get("topic")).isEqualTo(topic().slug());
        assertThat(records.get(1).get("contact")).isEqualTo("someone@example.org");
    }

    @Test
    void aWrongKeyGetsExactlyTheAnswerOfAMissingOrMalformedOne() {
        send("/report", Map.of("problem", "Private words"));
        String wrong = "x" + KEY.substring(1);
        List<String> addresses = List.of("/report/received?key=" + wrong, "/report/received", "/report/received?key=short",
                "/report/received?key=" + org.mskguide.instructors.ClassSecrets.hash(KEY));
        Response reference = given().get(addresses.get(0));
        assertThat(reference.statusCode()).isEqualTo(404);
        assertThat(reference.asString()).doesNotContain("Private words");
        for (String address : addresses) {
            Response r = given().get(address);
            assertThat(r.statusCode()).as(address).isEqualTo(404);
            assertThat(r.asString()).as(address).isEqualTo(reference.asString());
            Response csv = given().get(address.replace("/received", "/received.csv"));
            assertThat(csv.statusCode()).as(address).isEqualTo(404);
            assertThat(csv.asString()).as(address).isEqualTo(reference.asString());
        }
    }
}
