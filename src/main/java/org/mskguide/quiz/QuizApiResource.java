package org.mskguide.quiz;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.mskguide.content.Content;
import org.mskguide.web.FieldErrors.FieldError;
import org.mskguide.web.api.StrictJson;
import org.mskguide.web.error.Problem;
import org.mskguide.web.error.ProblemException;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;

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

    /** @param figure the picture the question shows; absent for a text question */
    public record QuestionJson(String id, String topic, String section, String sectionUrl, String question,
            List<ChoiceJson> choices, @JsonInclude(JsonInclude.Include.NON_NULL) FigureJson figure) {
    }

    /**
     * A question's picture. {@code url} is where a person sees it: the figure's permanent anchor on its topic page,
     * or, for a figure only the quiz uses, the question in the topic's quiz. {@code regions} are the letters the
     * choices name (empty when the choices are text).
     */
    public record FigureJson(String name, String title, String url, List<String> regions, String description) {
    }

    public record ChoiceJson(String id, String text) {
    }

    /** A stored attempt; {@code resultPage} is the same result for people. */
    public record AttemptJson(String id, Instant takenAt, String topic, int score, int total, String resultPage,
            List<ResultJson> results) {
    }

    /** @param outcome {@code correct}, {@code wrong} or {@code unanswered} */
    public record ResultJson(String questionId, String topic, String section, String sectionUrl, String question,
            String chosenChoiceId, String correctChoiceId, String outcome, String explanation,
            @JsonInclude(JsonInclude.Include.NON_NULL) FigureJson figure) {
    }

    static final String EMPTY_BODY = "The request body is empty or null: send {\"answers\": {\"<questionId>\": "
            + "\"<choiceId>\"}, \"topic\": null}";

    @Inject
    QuestionBank bank;

    @Inject
    Grader grader;

    @Inject
    Content content;

    @GET
    public Response questions(@RestQuery("topic") String topicParam) {
        String topic = topicParam == null || topicParam.isBlank() ? null : topicParam;
        List<Question> questions = topic == null ? bank.questions() : bank.forTopic(topic);
        if (questions.isEmpty()) {
            throw new ProblemException(unknownTopic(topic));
        }
        return Response.ok(new QuizJson(topic, questions.stream().map(this::questionJson).toList())).build();
    }

    @POST
    @Path("/attempts")
    @Consumes(MediaType.APPLICATION_JSON)
    @CustomDeserialization(StrictJson.class)
    @Transactional
    public Response create(@NotNull(message = EMPTY_BODY) @Valid AttemptRequest request) {
        if (request.topic() != null && bank.forTopic(request.topic()).isEmpty()) {
            throw new ProblemException(unknownTopic(request.topic()));
        }
        try {
            QuizAttempt attempt = QuizAttempt.record(grader.gradeApi(request.topic(), request.answers()), Instant.now());
            return Response.created(URI.create("/api/quiz/attempts/" + attempt.publicId)).entity(toJson(attempt)).build();
        } catch (InvalidAnswers e) {
            throw new ProblemException(Problem.badRequest(e.getMessage(), List.of(new FieldError("answers", e.getMessage()))));
        }
    }

    @GET
    @Path("/attempts/{id}")
    public Response attempt(@RestPath String id) {
        UUID publicId;
        try {
            publicId = UUID.fromString(id);
        } catch (IllegalArgumentException notAUuid) {
            throw new ProblemException(Problem.notFound("No attempt with id '" + id + "'."));
        }
        return QuizAttempt.findByPublicId(publicId)
                .map(a -> Response.ok(toJson(a)).build())
                .orElseThrow(() -> new ProblemException(Problem.notFound("No attempt with id '" + id + "'.")));
    }

    private QuestionJson questionJson(Question q) {
        return new QuestionJson(q.id(), q.topic(), q.section(), q.sectionPath(), q.text(),
                q.choices().stream().map(c -> new ChoiceJson(c.id(), c.text())).toList(), figureJson(q));
    }

    private FigureJson figureJson(Question q) {
        Question.Picture p = q == null ? null : q.picture();
        if (p == null) {
            return null;
        }
        String title = content.figure(p.figure()).map(f -> f.figure().title())
                .orElseGet(() -> content.looseFigures().get(p.figure()).title());
        return new FigureJson(p.figure(), title, p.address(), p.regions(), p.description());
    }

    private AttemptJson toJson(QuizAttempt a) {
        // The stored answer has no picture; the question's figure as it is now is given, as on the result page.
        List<ResultJson> results = a.answers.stream()
                .map(r -> new ResultJson(r.questionId, r.topic, r.section, "/topics/" + r.topic + "#" + r.section,
                        r.questionText, r.chosenChoiceId, r.correctChoiceId, r.outcome().name().toLowerCase(),
                        r.explanation, figureJson(bank.question(r.questionId)
                                .filter(q -> q.text().equals(r.questionText)).orElse(null))))
                .toList();
        return new AttemptJson(a.publicId.toString(), a.takenAt, a.topic, a.score, a.total,
                "/quiz/results/" + a.publicId, results);
    }

    private Problem unknownTopic(String topic) {
        String message = "Unknown topic '" + topic + "' (topics: " + bank.topics() + ").";
        return Problem.badRequest(message, List.of(new FieldError("topic", message)));
    }
}
