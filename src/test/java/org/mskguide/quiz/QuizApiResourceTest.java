package org.mskguide.quiz;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** The JSON API for learning platforms: questions without answers, grading, reading back, and every bad input. */
@QuarkusTest
class QuizApiResourceTest {

    static final org.hamcrest.Matcher<String> PROBLEM_JSON = org.hamcrest.Matchers.startsWith("application/problem+json");

    @Inject
    QuestionBank bank;

    private String wrongChoice(Question q) {
        return q.choices().stream().filter(c -> !c.correct()).findFirst().orElseThrow().id();
    }

    @Test
    void questionsComeWithChoicesButNeverTheAnswers() {
        Response response = given().get("/api/quiz");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        JsonPath json = response.jsonPath();
        assertThat(json.getList("questions")).hasSize(bank.questions().size());
        assertThat(json.getString("questions[0].id")).isEqualTo(bank.questions().get(0).id());
        assertThat(json.getList("questions[0].choices")).hasSize(bank.questions().get(0).choices().size());
        assertThat(json.getString("questions[0].sectionUrl")).isEqualTo(bank.questions().get(0).sectionPath());
        // No answer key in any form: no field that names or explains the right choice (question text may use the words).
        assertThat(response.asString()).doesNotContain("\"correct\"").doesNotContain("\"explanation\"")
                .doesNotContain("\"whyOthersWrong\"");
    }

    @Test
    void questionsOfOneTopic() {
        given().get("/api/quiz?topic=needle-guidance").then()
                .statusCode(200)
                .body("topic", equalTo("needle-guidance"))
                .body("questions", hasSize(bank.forTopic("needle-guidance").size()))
                .body("questions.topic", org.hamcrest.Matchers.everyItem(equalTo("needle-guidance")));
        // An empty topic parameter means no filter.
        given().get("/api/quiz?topic=").then()
                .statusCode(200)
                .body("questions", hasSize(bank.questions().size()));
    }

    @Test
    void unknownTopicIsA400NamingIt() {
        given().get("/api/quiz?topic=no-such-topic").then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(400))
                .body("detail", containsString("Unknown topic 'no-such-topic'"));
    }

    @Test
    void anAttemptIsGradedStoredAndReadBack() {
        Question right = bank.forTopic("dynamic-imaging").get(0);
        Question wrong = bank.forTopic("needle-guidance").get(0);
        long before = QuizAttempt.count();

        Response created = given().contentType(ContentType.JSON)
                .body(Map.of("answers", Map.of(right.id(), right.correctChoice().id(), wrong.id(), wrongChoice(wrong))))
                .post("/api/quiz/attempts");

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(QuizAttempt.count()).isEqualTo(before + 1);
        String id = created.jsonPath().getString("id");
        assertThat(id).matches(QuizResourceTest.UUID_PATTERN);
        assertThat(created.header("Location")).endsWith("/api/v1/quiz/attempts/" + id);
        assertThat(created.jsonPath().getInt("score")).isEqualTo(1);
        assertThat(created.jsonPath().getInt("total")).isEqualTo(2);
        assertThat(created.jsonPath().getString("topic")).isNull();
        assertThat(created.jsonPath().getList("results.questionId")).containsExactly(right.id(), wrong.id());
        assertThat(created.jsonPath().getList("results.outcome")).containsExactly("correct", "wrong");
        assertThat(created.jsonPath().getString("results[1].correctChoiceId")).isEqualTo(wrong.correctChoice().id());
        assertThat(created.jsonPath().getString("results[1].sectionUrl")).isEqualTo(wrong.sectionPath());

        Response read = given().get("/api/quiz/attempts/" + id);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.jsonPath().getMap("")).isEqualTo(created.jsonPath().getMap(""));

        // The same attempt has a page for people.
        assertThat(given().get(created.jsonPath().getString("resultPage")).statusCode()).isEqualTo(200);
    }

    @Test
    void aTopicAttemptCountsTheQuestionsLeftOut() {
        List<Question> topic = bank.forTopic("rmsks-credential");
        Question answered = topic.get(0);

        given().contentType(ContentType.JSON)
                .body(Map.of("answers", Map.of(answered.id(), answered.correctChoice().id()), "topic", "rmsks-credential"))
                .post("/api/quiz/attempts")
                .then()
                .statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/quiz/attempts/" + QuizResourceTest.UUID_PATTERN))
                .body("topic", equalTo("rmsks-credential"))
                .body("score", equalTo(1))
                .body("total", equalTo(topic.size()))
                .body("results.findAll { it.outcome == 'unanswered' }", hasSize(topic.size() - 1))
                .body("results[1].chosenChoiceId", nullValue());
    }

    /** Sends a bad body and checks: 400, a JSON error naming the problem, nothing stored. */
    private void assertBadRequest(String body, String problem) {
        long before = QuizAttempt.count();

        given().contentType(ContentType.JSON).body(body).post("/api/quiz/attempts").then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(400))
                .body("detail", containsString(problem));

        assertThat(QuizAttempt.count()).isEqualTo(before);
    }

    @Test
    void everyBadInputIsA400ThatNamesTheProblem() {
        Question q = bank.forTopic("dynamic-imaging").get(0);
        Question other = bank.forTopic("needle-guidance").get(0);

        assertBadRequest("{\"answers\": {\"made-up\": \"a\"}, \"topic\": null}", "There is no question 'made-up'");
        // A choice id that exists, but on another question.
        Question small = bank.questions().stream().filter(x -> x.choices().size() == 3).findFirst().orElseThrow();
        String foreign = bank.questions().stream().flatMap(x -> x.choices().stream()).map(Choice::id)
                .filter(id -> small.choice(id).isEmpty()).findFirst().orElseThrow();
        assertBadRequest("{\"answers\": {\"" + small.id() + "\": \"" + foreign + "\"}}",
                "'" + foreign + "' is not one of the choices of question '" + small.id() + "'");
        assertBadRequest("{\"answers\": {\"" + other.id() + "\": \"a\"}, \"topic\": \"dynamic-imaging\"}",
                "'" + other.id() + "' is not part of this quiz");
        assertBadRequest("{\"answers\": {\"" + q.id() + "\": ", "Malformed JSON");
        assertBadRequest("not json at all", "Malformed JSON");
        assertBadRequest("{\"answers\": [\"a\"]}", "'answers' must be an object");
        assertBadRequest("{\"answers\": {\"" + q.id() + "\": 1}}", "answers." + q.id() + " must be a string");
        assertBadRequest("{\"answers\": {\"" + q.id() + "\": \"a\"}, \"topic\": 3}", "'topic' must be a string");
        assertBadRequest("{\"answers\": {}}", "No answers");
        assertBadRequest("{\"topic\": null}", "'answers' is required");
        assertBadRequest("{\"answers\": {\"" + q.id() + "\": \"a\"}, \"topic\": \"no-such-topic\"}",
                "Unknown topic 'no-such-topic'");
        assertBadRequest("{\"answers\": {\"" + q.id() + "\": \"a\", \"" + q.id() + "\": \"b\"}}", "Duplicate field");
        assertBadRequest("{\"answers\": {\"" + q.id() + "\": \"a\"}, \"score\": 100}", "Unknown field 'score'");
        assertBadRequest("", "body is empty");

        Map<String, String> tooMany = new HashMap<>();
        bank.questions().forEach(question -> tooMany.put(question.id(), question.correctChoice().id()));
        tooMany.put("one-more", "a");
        assertBadRequest("{\"answers\": " + toJson(tooMany) + "}", "Too many answers");
        Map<String, String> tooManyForTopic = new HashMap<>();
        bank.forTopic("dynamic-imaging").forEach(question -> tooManyForTopic.put(question.id(), "a"));
        tooManyForTopic.put(other.id(), "a");
        assertBadRequest("{\"topic\": \"dynamic-imaging\", \"answers\": " + toJson(tooManyForTopic) + "}", "Too many answers");
    }

    private static String toJson(Map<String, String> answers) {
        StringBuilder json = new StringBuilder("{");
        answers.forEach((k, v) -> json.append(json.length() > 1 ? "," : "").append('"').append(k).append("\":\"")
                .append(v).append('"'));
        return json.append('}').toString();
    }

    @Test
    void wrongContentTypeGetsAJsonError() {
        long before = QuizAttempt.count();

        given().contentType(ContentType.TEXT).body("{\"answers\": {}}").post("/api/quiz/attempts").then()
                .statusCode(415)
                .contentType(PROBLEM_JSON)
                .body("detail", containsString("application/json"));

        assertThat(QuizAttempt.count()).isEqualTo(before);
    }

    @Test
    void unknownAttemptIsA404InJson() {
        given().get("/api/quiz/attempts/00000000-0000-4000-8000-000000000000").then()
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("detail", containsString("No attempt"));
        given().get("/api/quiz/attempts/not-a-uuid").then()
                .statusCode(404)
                .contentType(PROBLEM_JSON);
    }
}
