package org.mskguide.eligibility;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.mskguide.content.Content;
import org.mskguide.quiz.Choice;
import org.mskguide.quiz.Question;
import org.mskguide.quiz.QuestionBank;
import org.mskguide.web.LinkChecker;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Nothing the site shows presents the RMSK's study count (150 studies in 36 months) as an RMSKS prerequisite: every
 * page the crawl reaches, the route and result pages of every profession, the quiz's questions, answers and
 * explanations, the API's answers and the OpenAPI description. A passage that names the RMSKS and the count must also
 * give the count to the RMSK ("the RMSK's rule", "belongs to the RMSK"), as the credential page does when it tells
 * the starting article's claim.
 */
@QuarkusTest
class CredentialRouteClaimsTest {

    /** The smallest pieces of text a claim lives in. */
    static final String BLOCKS = "p, li, dd, dt, td, th, h1, h2, h3, h4, figcaption, legend, label, summary, title, desc, text";
    static final Pattern RMSKS = Pattern.compile("\\bR?MSKS\\b");
    /** The credential the count belongs to, named as its owner. */
    static final Pattern GIVEN_TO_RMSK = Pattern.compile("\\bRMSK's|\\b(?i:the|to|of) RMSK\\b");

    @Inject
    Content content;

    @Inject
    QuestionBank bank;

    @TestHTTPResource("/")
    URL root;

    private Pattern count() {
        int studies = content.credential("rmsk").value("studiesRequired");
        int months = content.credential("rmsk").value("studiesWindowMonths");
        return Pattern.compile("\\b" + studies + "\\b|\\b" + months + "[- ]months?\\b");
    }

    /** True when the text names the RMSKS and the RMSK's count without giving the count to the RMSK. */
    private boolean claimsCountForRmsks(String text) {
        return RMSKS.matcher(text).find() && count().matcher(text).find() && !GIVEN_TO_RMSK.matcher(text).find();
    }

    @Test
    void theClaimDetectorCatchesTheMergedRule() {
        assertThat(claimsCountForRmsks("The RMSKS asks for 150 MSK studies in the 36 months before you apply.")).isTrue();
        assertThat(claimsCountForRmsks("For the RMSKS, log 150 studies.")).isTrue();
        assertThat(claimsCountForRmsks("That count is the RMSK's rule; the RMSKS has its own, not 150 studies.")).isFalse();
        assertThat(claimsCountForRmsks("The RMSK asks for 150 studies in 36 months.")).isFalse();
    }

    @Test
    void noCrawledPageGivesTheRmskCountToTheRmsks() throws URISyntaxException {
        Map<String, String> pages = new LinkedHashMap<>(LinkChecker.crawl(LinkChecker.http(root.toURI()), Set.of())
                .htmlPages());
        for (Profession p : Profession.values()) {
            pages.put("/eligibility/route?profession=" + p.code(),
                    given().get("/eligibility/route?profession=" + p.code()).asString());
            String result = "/eligibility/result?" + EligibilityResourceTest.minimalAnswers(p);
            pages.put(result, given().get(result).asString());
            pages.put("/eligibility/questions?profession=" + p.code(),
                    given().get("/eligibility/questions?profession=" + p.code()).asString());
        }
        for (String planner : List.of("/eligibility/planner?for=rmsk", "/eligibility/planner?for=rmsks",
                "/eligibility/planner/result?for=rmsks&log=2025-03+12%0A2025-04+9",
                "/eligibility/planner/result?applyIn=2027-01&log=2025-03+12%0A2025-04+9")) {
            pages.put(planner, given().get(planner).asString());
        }
        assertThat(pages).containsKeys("/topics/rmsks-credential", "/glossary", "/eligibility", "/for-applicants");

        List<String> claims = new ArrayList<>();
        pages.forEach((path, html) -> {
            for (Element block : Jsoup.parse(html).select(BLOCKS)) {
                if (block.select(BLOCKS).size() > 1) {
                    continue;
                }
                if (claimsCountForRmsks(block.text())) {
                    claims.add(path + ": " + block.text());
                }
            }
        });
        assertThat(claims).isEmpty();
    }

    @Test
    void noQuizQuestionAnswerOrExplanationGivesTheCountToTheRmsks() {
        List<String> claims = new ArrayList<>();
        for (Question q : bank.questions()) {
            List<String> texts = new ArrayList<>(List.of(q.text(), q.explanation()));
            if (q.whyOthersWrong() != null) {
                texts.add(q.whyOthersWrong());
            }
            q.choices().stream().filter(Choice::correct).map(Choice::text).forEach(texts::add);
            texts.stream().filter(this::claimsCountForRmsks).forEach(t -> claims.add(q.id() + ": " + t));
        }
        assertThat(claims).isEmpty();
    }

    @Test
    void noApiAnswerOrDescriptionGivesTheCountToTheRmsks() {
        List<String> claims = new ArrayList<>();
        for (Profession p : Profession.values()) {
            String body = "{\"profession\": \"" + p.code() + "\", \"licensed\": true, \"mskStudiesLast36Months\": 10,"
                    + " \"realPatientsOnly\": true, \"prerequisite\": \"unsure\"}";
            String json = given().contentType("application/json").body(body).post("/api/v1/eligibility/check")
                    .then().statusCode(200).extract().asString();
            // One claim is one string value of the answer.
            for (String value : json.split("\",\"|\":\"")) {
                if (claimsCountForRmsks(value)) {
                    claims.add(p.code() + ": " + value);
                }
            }
        }
        String openApi = given().get("/api/openapi.json").asString();
        for (String value : openApi.split("\"")) {
            if (claimsCountForRmsks(value)) {
                claims.add("openapi: " + value);
            }
        }
        assertThat(claims).isEmpty();
    }
}
