package org.mskguide.study;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mskguide.quiz.Question;
import org.mskguide.quiz.QuestionBank;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Quiz result, then a study card, then today's review, then the updated card; a bad card gets a clear 400. */
@QuarkusTest
class StudyResourceTest {

    @Inject
    QuestionBank bank;

    @Inject
    StudyCards cards;

    private static String path(String location) {
        return location.replaceFirst("^https?://[^/]+", "");
    }

    private static String cardOf(String location) {
        String query = location.substring(location.indexOf("card=") + 5);
        return query.contains("&") ? query.substring(0, query.indexOf('&')) : query;
    }

    private static String wrongChoice(Question q) {
        return q.choices().stream().filter(c -> !c.correct()).findFirst().orElseThrow().id();
    }

    @Test
    void aQuizResultGivesACardWhoseReviewUpdatesIt() throws InvalidCard {
        LocalDate today = cards.today();
        Response quiz = given().get("/quiz?topic=rmsks-credential");
        Document form = Jsoup.parse(quiz.asString());
        List<String> ids = List.of(form.selectFirst("input[name=questions]").val().split(","));
        Question right = bank.question(ids.get(0)).orElseThrow();
        Question wrong = bank.question(ids.get(1)).orElseThrow();
        Response sent = given().redirects().follow(false).cookie("csrf-token", quiz.cookie("csrf-token"))
                .formParam("csrf-token", form.selectFirst("input[name=csrf-token]").val())
                .formParam("topic", "rmsks-credential").formParam("questions", String.join(",", ids))
                .formParam("q." + right.id(), right.correctChoice().id())
                .formParam("q." + wrong.id(), wrongChoice(wrong))
                .post("/quiz");
        Document result = Jsoup.parse(given().get(path(sent.header("Location"))).asString());

        String start = result.select("#review-later a").attr("href");
        assertThat(start).startsWith("/study/start?result=");
        Response made = given().redirects().follow(false).get(start);
        assertThat(made.statusCode()).isEqualTo(303);
        StudyCard card = cards.codec().decode(cardOf(made.header("Location")));
        assertThat(card.entries().keySet()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(card.entries().get(right.id())).isEqualTo(new StudyCard.Entry(2, today.toEpochDay() + 2));
        assertThat(card.entries().get(wrong.id())).isEqualTo(new StudyCard.Entry(1, today.toEpochDay() + 1));

        Response cardPage = given().get(path(made.header("Location")));
        assertThat(cardPage.statusCode()).isEqualTo(200);
        assertThat(cardPage.header("Cache-Control")).isEqualTo("no-store");
        Document page = Jsoup.parse(cardPage.asString());
        assertThat(page.select("#due-today").text()).startsWith("Nothing is due today");
        assertThat(page.select("#due-tomorrow").text()).isEqualTo(String.valueOf(ids.size() - 1));
        assertThat(page.select("#due-week").text()).isEqualTo(String.valueOf(ids.size()));
        assertThat(page.select("#review-now")).isEmpty();
        assertThat(page.select("#card-table tbody tr")).hasSize(ids.size());

        // Some days later: the right one has waited longest (box 3, due yesterday), the missed one is due today.
        Map<String, StudyCard.Entry> later = new LinkedHashMap<>();
        later.put(wrong.id(), new StudyCard.Entry(1, today.toEpochDay()));
        later.put(right.id(), new StudyCard.Entry(3, today.toEpochDay() - 1));
        later.put(ids.get(2), new StudyCard.Entry(2, today.toEpochDay() + 3));
        String token = cards.codec().encode(new StudyCard(later));
        Document due = Jsoup.parse(given().get("/study?card=" + token).asString());
        assertThat(due.select("#due-today").text()).startsWith("2 questions are due today");
        String reviewHref = due.select("#review-now").attr("href");

        Response review = given().get(reviewHref);
        assertThat(review.statusCode()).isEqualTo(200);
        Document reviewForm = Jsoup.parse(review.asString());
        assertThat(reviewForm.select("input[name=questions]").val()).isEqualTo(right.id() + "," + wrong.id());
        assertThat(reviewForm.select("#review-form fieldset")).hasSize(2);
        Response graded = given().redirects().follow(false).cookie("csrf-token", review.cookie("csrf-token"))
                .formParam("csrf-token", reviewForm.selectFirst("input[name=csrf-token]").val())
                .formParam("questions", right.id() + "," + wrong.id())
                .formParam("q." + right.id(), right.correctChoice().id())
                .formParam("q." + wrong.id(), wrongChoice(wrong))
                .post(reviewForm.select("#review-form").attr("action"));
        assertThat(graded.statusCode()).isEqualTo(303);
        StudyCard updated = cards.codec().decode(cardOf(graded.header("Location")));
        assertThat(updated.entries().get(right.id())).isEqualTo(new StudyCard.Entry(4, today.toEpochDay() + 8));
        assertThat(updated.entries().get(wrong.id())).isEqualTo(new StudyCard.Entry(1, today.toEpochDay() + 1));
        assertThat(updated.entries().get(ids.get(2))).isEqualTo(later.get(ids.get(2)));

        Document after = Jsoup.parse(given().get(path(graded.header("Location"))).asString());
        assertThat(after.select("#review-done").text()).contains("1 of 2 right").contains(wrong.correctChoice().text());
        assertThat(after.select("#due-today").text()).startsWith("Nothing is due today");
        assertThat(after.select("#due-tomorrow").text()).isEqualTo("1");

        Response file = given().get(after.select("#card-download").attr("href"));
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.header("Content-Disposition")).contains("attachment");
        assertThat(file.asString()).contains("/study?card=" + cardOf(graded.header("Location")));
    }

    /** The round trip the card promises: the bookmark, the file and the QR code (read by ZXing) give the same card. */
    @Test
    void theLinkTheFileAndTheQrCodeCarryTheSameCard() throws Exception {
        Map<String, StudyCard.Entry> entries = new LinkedHashMap<>();
        bank.questions().stream().limit(6).forEach(q -> entries.put(q.id(), new StudyCard.Entry(2, cards.today()
                .toEpochDay() + 2)));
        StudyCard card = new StudyCard(entries);
        String token = cards.codec().encode(card);
        Document page = Jsoup.parse(given().get("/study?card=" + token).asString());

        String link = page.select("#card-link").attr("href");
        assertThat(cards.codec().decode(cardOf(link))).isEqualTo(card);
        String file = given().get(page.select("#card-download").attr("href")).asString();
        String fileUrl = file.lines().filter(l -> l.contains("/study?card=")).findFirst().orElseThrow().strip();
        assertThat(cards.codec().decode(cardOf(fileUrl))).isEqualTo(card);
        String qrUrl = QrDecoder.decode(page.select("svg#card-qr").outerHtml());
        assertThat(qrUrl).isEqualTo(fileUrl);
        assertThat(cards.codec().decode(cardOf(qrUrl))).isEqualTo(card);
        assertThat(page.select("#card-qr-figure figcaption").text()).contains("same link");
    }

    @Test
    void aReviewWithNoAnswerComesBackWithTheProblemAndNothingChanged() {
        Question q = bank.questions().get(0);
        String token = cards.codec().encode(new StudyCard(Map.of(q.id(), new StudyCard.Entry(1, cards.today().toEpochDay()))));
        Response review = given().get("/study/review?card=" + token);
        Document form = Jsoup.parse(review.asString());
        Response sent = given().redirects().follow(false).cookie("csrf-token", review.cookie("csrf-token"))
                .formParam("csrf-token", form.selectFirst("input[name=csrf-token]").val())
                .formParam("questions", q.id())
                .post("/study/review?card=" + token);
        assertThat(sent.statusCode()).isEqualTo(400);
        Document again = Jsoup.parse(sent.asString());
        assertThat(again.select("#error-summary a").attr("href")).isEqualTo("#review-form");
        assertThat(again.select("#review-form fieldset")).hasSize(1);
    }

    @Test
    void aTamperedMalformedOrOutdatedCardGetsA400WithAWayToStartAgain() {
        Question q = bank.questions().get(0);
        String token = cards.codec().encode(new StudyCard(Map.of(q.id(), new StudyCard.Entry(1, 0))));
        int middle = token.length() / 2;
        String tampered = token.substring(0, middle) + (token.charAt(middle) == 'A' ? 'B' : 'A') + token.substring(middle + 1);
        byte[] bytes = java.util.Base64.getUrlDecoder().decode(token);
        bytes[0] = CardCodec.VERSION + 1;
        String outdated = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        for (String bad : List.of(tampered, outdated, "garbage!", token.substring(0, 10))) {
            for (String path : List.of("/study?card=", "/study/review?card=", "/study/card.txt?card=")) {
                Response response = given().get(path + bad);
                assertThat(response.statusCode()).as(path + bad).isEqualTo(400);
                Document page = Jsoup.parse(response.asString());
                assertThat(page.select("#error-summary li").text()).as(path + bad).isNotBlank();
                if (bad.equals(outdated)) {
                    assertThat(page.select("#error-summary li").text()).contains("older version");
                }
                assertThat(page.select("a#start-new-card").attr("href")).isEqualTo("/quiz");
            }
        }
        assertThat(given().get("/study/start?result=not-a-result").statusCode()).isEqualTo(400);
        assertThat(given().get("/study").statusCode()).isEqualTo(200);
    }
}
