package org.mskguide.quiz;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The quiz for learning platforms, in JSON: the questions without their answers, grading and storing an
 * attempt, and reading it back. Bad input gets a 400 whose {@code error} names the problem; nothing is stored.
 */
@Path("/api/quiz")
@Produces(MediaType.APPLICATION_JSON)
public class QuizApiResource {

    /** {@code GET /api/quiz}: the questions of one topic, or of the whole bank. */
    public record QuizJson(String topic, List<QuestionJson> questions) {
    }

    public record QuestionJson(String id, String topic, String section, String sectionUrl, String question,
            List<ChoiceJson> choices) {
    }

    public record ChoiceJson(String id, String text) {
    }

    /** A stored attempt; {@code resultPage} is the same result for people. */
    public record AttemptJson(String id, Instant takenAt, String topic, int score, int total, String resultPage,
            List<ResultJson> results) {
    }

    /** @param outcome {@code correct}, {@code wrong} or {@code unanswered} */
    public record ResultJson(String questionId, String topic, String section, String sectionUrl, String question,
            String chosenChoiceId, String correctChoiceId, String outcome, String explanation) {
    }

    /** The body of every 4xx from this API. */
    public record ErrorJson(int status, String error) {
    }

    @Inject
    QuestionBank bank;

    @Inject
    Grader grader;

    @GET
    public Response questions(@RestQuery("topic") String topicParam) {
        String topic = topicParam == null || topicParam.isBlank() ? null : topicParam;
        List<Question> questions = topic == null ? bank.questions() : bank.forTopic(topic);
        if (questions.isEmpty()) {
            return error(Response.Status.BAD_REQUEST, "Unknown topic '" + topic + "' (topics: " + bank.topics() + ").");
        }
        return Response.ok(new QuizJson(topic, questions.stream().map(QuizApiResource::toJson).toList())).build();
    }

    @POST
    @Path("/attempts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response create(String body) {
        try {
            AttemptRequest request = AttemptRequest.parse(body);
            if (request.topic() != null && bank.forTopic(request.topic()).isEmpty()) {
                throw new InvalidAnswers("Unknown topic '" + request.topic() + "' (topics: " + bank.topics() + ").");
            }
            QuizAttempt attempt = QuizAttempt.record(grader.gradeApi(request.topic(), request.answers()), Instant.now());
            return Response.created(URI.create("/api/quiz/attempts/" + attempt.publicId)).entity(toJson(attempt)).build();
        } catch (InvalidAnswers e) {
            return error(Response.Status.BAD_REQUEST, e.getMessage());
        }
    }

    @GET
    @Path("/attempts/{id}")
    public Response attempt(@RestPath String id) {
        UUID publicId;
        try {
            publicId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return error(Response.Status.NOT_FOUND, "No attempt with id '" + id + "'.");
        }
        return QuizAttempt.findByPublicId(publicId)
                .map(a -> Response.ok(toJson(a)).build())
                .orElseGet(() -> error(Response.Status.NOT_FOUND, "No attempt with id '" + id + "'."));
    }

    private static QuestionJson toJson(Question q) {
        return new QuestionJson(q.id(), q.topic(), q.section(), q.sectionPath(), q.text(),
                q.choices().stream().map(c -> new ChoiceJson(c.id(), c.text())).toList());
    }

    private static AttemptJson toJson(QuizAttempt a) {
        List<ResultJson> results = a.answers.stream()
                .map(r -> new ResultJson(r.questionId, r.topic, r.section, "/topics/" + r.topic + "#" + r.section,
                        r.questionText, r.chosenChoiceId, r.correctChoiceId, r.outcome().name().toLowerCase(),
                        r.explanation))
                .toList();
        return new AttemptJson(a.publicId.toString(), a.takenAt, a.topic, a.score, a.total,
                "/quiz/results/" + a.publicId, results);
    }

    private static Response error(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorJson(status.getStatusCode(), message)).build();
    }
}
