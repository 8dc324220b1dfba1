package org.mskguide.quiz;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.mskguide.web.FieldErrors.FieldError;
import org.mskguide.web.api.ApiRoutes;
import org.mskguide.web.api.StrictJson;
import org.mskguide.web.error.Problem;
import org.mskguide.web.error.ProblemException;
import org.mskguide.web.AppRoutes;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;

/**
 * The quiz for learning platforms, in JSON: the questions without their answers, grading and storing an
 * attempt, and reading it back. Bad input gets a 400 problem naming the field; nothing is stored. Described
 * in the OpenAPI document at {@code /api/openapi.json}.
 */
@Path(ApiRoutes.QUIZ)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quiz", description = "The quiz questions without their answers, and graded attempts.")
public class QuizApiResource {

    @Schema(description = "The questions of one topic, or a draw from every topic.")
    public record QuizJson(
            @Schema(description = "The topic asked for; null for the whole bank.", example = "dynamic-imaging",
                    nullable = true) String topic,
            @Schema(description = "The questions, without their answers.") List<QuestionJson> questions) {
    }

    @Schema(description = "A question as a platform shows it: no correct answer, no explanation.")
    public record QuestionJson(
            @Schema(description = "Stable id; send it back as a key of `answers`.", example = "ankle-peroneal-slip-dynamic") String id,
            @Schema(description = "The topic's slug.", example = "ankle-and-foot-ultrasound") String topic,
            @Schema(description = "The id of the section that teaches it.", example = "what-an-ankle-and-foot-scan-looks-at") String section,
            @Schema(description = "Where a person reads that section.", example = "/topics/ankle-and-foot-ultrasound#what-an-ankle-and-foot-scan-looks-at") String sectionUrl,
            @Schema(description = "The question text.") String question,
            @Schema(description = "The choices in the order to show them.") List<ChoiceJson> choices,
            @Schema(description = "The picture the question shows; absent for a text question.")
            @JsonInclude(JsonInclude.Include.NON_NULL) FigureJson figure,
            @Schema(description = "How the question is answered: `choice`, one of the choices; `hotspot`, a point on "
                    + "a simulated image, or the letter that marks it (the choices are those letters).",
                    enumeration = { Question.CHOICE, Question.HOTSPOT }, example = Question.HOTSPOT) String type,
            @Schema(description = "For a `hotspot` question: its simulated image and structure map; else absent.")
            @JsonInclude(JsonInclude.Include.NON_NULL) HotspotJson hotspot) {
    }

    @Schema(description = "A \"find it\" question's simulated image. Send back the letter of the structure the reader "
            + "found: a platform that takes a click can grade it against the structure map (outlines in the image's "
            + "pixels) and send the letter of the structure hit.")
    public record HotspotJson(
            @Schema(description = "The simulated image (PNG, 512 x 384).",
                    example = "/api/v1/sonograms/supraspinatus.png?variant=calcific") String image,
            @Schema(description = "The image's structure map: each structure's name and outline polygon in pixels.",
                    example = "/api/v1/sonograms/supraspinatus/structures?variant=calcific") String structures,
            @Schema(description = "Image width, pixels.", example = "512") int width,
            @Schema(description = "Image height, pixels.", example = "384") int height,
            @Schema(description = "Where each letter sits on the image, in the choices' order.") List<LetterJson> letters,
            @Schema(description = "Alternative text; it never names the answer.") String altText,
            @Schema(description = "What the image shows, letter by letter, from the model; it never names the answer.")
            String description) {
    }

    @Schema(description = "One letter of a hotspot question's lettered image.")
    public record LetterJson(
            @Schema(description = "The letter; its lower case is the choice id.", example = "B") String letter,
            @Schema(description = "Its centre, pixels from the left.", example = "193") int x,
            @Schema(description = "Its centre, pixels from the top.", example = "174") int y) {
    }

    @Schema(description = "A question's picture.")
    public record FigureJson(
            @Schema(description = "The figure's name.", example = "elbow-common-extensor") String name,
            @Schema(description = "The figure's title.") String title,
            @Schema(description = "Where a person sees it: the figure's permanent anchor on its topic page, or the "
                    + "question in the topic's quiz.") String url,
            @Schema(description = "The letters the choices name; empty when the choices are text.", example = "[\"A\", \"B\", \"C\"]") List<String> regions,
            @Schema(description = "What the picture shows, in words.") String description) {
    }

    @Schema(description = "One choice of a question.")
    public record ChoiceJson(
            @Schema(description = "The choice's id within its question.", example = "b") String id,
            @Schema(description = "The choice's text.") String text) {
    }

    @Schema(description = "A graded and stored attempt.")
    public record AttemptJson(
            @Schema(description = "The attempt's id (a UUID).", example = "3f2b8c1e-4d5a-4b6c-9e7f-0a1b2c3d4e5f") String id,
            @Schema(description = "When it was graded (UTC).", example = "2026-11-26T10:15:30Z") Instant takenAt,
            @Schema(description = "The topic quiz it belongs to, or null.", nullable = true, example = "dynamic-imaging") String topic,
            @Schema(description = "Right answers.", minimum = "0", example = "3") int score,
            @Schema(description = "Questions counted, answered or not.", minimum = "1", example = "4") int total,
            @Schema(description = "The same result for people.", example = "/quiz/results/3f2b8c1e-4d5a-4b6c-9e7f-0a1b2c3d4e5f") String resultPage,
            @Schema(description = "One result per question, in the order of the quiz.") List<ResultJson> results) {
    }

    @Schema(description = "The result of one question.")
    public record ResultJson(
            @Schema(description = "The question's id.", example = "ankle-peroneal-slip-dynamic") String questionId,
            @Schema(description = "The topic's slug.", example = "ankle-and-foot-ultrasound") String topic,
            @Schema(description = "The section to review.", example = "what-an-ankle-and-foot-scan-looks-at") String section,
            @Schema(description = "Where a person reads that section.") String sectionUrl,
            @Schema(description = "The question text as it was asked.") String question,
            @Schema(description = "The choice sent, or null when left out.", nullable = true, example = "a") String chosenChoiceId,
            @Schema(description = "The right choice.", example = "b") String correctChoiceId,
            @Schema(description = "How the question went.", enumeration = { "correct", "wrong", "unanswered" }) String outcome,
            @Schema(description = "Why the right choice is right.") String explanation,
            @Schema(description = "The question's picture as it is now; absent for a text question.")
            @JsonInclude(JsonInclude.Include.NON_NULL) FigureJson figure) {
    }

    static final String EMPTY_BODY = "The request body is empty or null: send {\"answers\": {\"<questionId>\": "
            + "\"<choiceId>\"}, \"topic\": null}";

    @Inject
    QuestionBank bank;

    @Inject
    Grader grader;

    @Inject
    AttemptWriter writer;

    @Inject
    org.mskguide.content.Content content;

    @Inject
    org.mskguide.imaging.Sonograms sonograms;

    @GET
    @Operation(summary = "The questions of one topic, or a draw from every topic, without their answers")
    @APIResponse(responseCode = "200", description = "The questions.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuizJson.class)))
    @APIResponse(responseCode = "400", description = "The topic is unknown; `errors` names `topic`.")
    public Response questions(@Parameter(description = "A topic's slug; leave out for every topic.",
            example = "dynamic-imaging") @RestQuery("topic") String topicParam) {
        String topic = topicParam == null || topicParam.isBlank() ? null : topicParam;
        List<Question> questions = topic == null ? bank.questions() : bank.forTopic(topic);
        if (questions.isEmpty()) {
            throw new ProblemException(unknownTopic(topic));
        }
        return Response.ok(new QuizJson(topic, questions.stream().map(this::questionJson).toList())).build();
    }

    @POST
    @Path("/attempts")
    @Operation(summary = "Grade and store an attempt",
            description = "Send the answers chosen, by question id. Nothing is stored when the answers do not match "
                    + "the question bank.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AttemptRequest.class),
            examples = @ExampleObject(name = "two answers", value = "{\"topic\": null, \"answers\": "
                    + "{\"ankle-peroneal-slip-dynamic\": \"b\", \"needle-aspiration\": \"a\"}}")))
    @APIResponse(responseCode = "201", description = "Graded and stored; `Location` is the attempt's address.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttemptJson.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, a field of the wrong type, an unknown field, a "
            + "repeated field, an unknown question or choice, or answers that do not belong to the topic; `errors` "
            + "names the field.")
    @Consumes(MediaType.APPLICATION_JSON)
    @CustomDeserialization(StrictJson.class)
    // No transaction here: the attempt writer stores it (group commit) and this thread holds no connection meanwhile.
    public Response create(@NotNull(message = EMPTY_BODY) @Valid AttemptRequest request) {
        if (request.topic() != null && bank.forTopic(request.topic()).isEmpty()) {
            throw new ProblemException(unknownTopic(request.topic()));
        }
        try {
            QuizAttempt attempt = writer.store(
                    QuizAttempt.of(grader.gradeApi(request.topic(), request.answers()), Instant.now(), null, false));
            return Response.created(URI.create(ApiRoutes.QUIZ_ATTEMPTS + "/" + attempt.publicId)).entity(toJson(attempt)).build();
        } catch (InvalidAnswers e) {
            throw new ProblemException(Problem.badRequest(e.getMessage(), List.of(new FieldError("answers", e.getMessage()))));
        }
    }

    @GET
    @Path("/attempts/{id}")
    @Operation(summary = "Read a stored attempt back")
    @APIResponse(responseCode = "200", description = "The attempt.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttemptJson.class)))
    @APIResponse(responseCode = "404", description = "No attempt with this id.")
    public Response attempt(@Parameter(description = "The attempt's id, from `id` or `Location`.",
            example = "3f2b8c1e-4d5a-4b6c-9e7f-0a1b2c3d4e5f") @RestPath String id) {
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
                q.choices().stream().map(c -> new ChoiceJson(c.id(), c.text())).toList(), figureJson(q), q.type(),
                hotspotJson(q));
    }

    private HotspotJson hotspotJson(Question q) {
        Hotspot h = q.hotspot();
        if (h == null) {
            return null;
        }
        List<org.mskguide.sonogram.MappedStructure> map = sonograms.get(h.request()).map();
        List<LetterJson> letters = HotspotFigure.letterPoints(h, map).entrySet().stream()
                .map(e -> new LetterJson(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        return new HotspotJson(h.imagePath(), h.mapPath(), org.mskguide.sonogram.Frame.CANVAS_WIDTH,
                org.mskguide.sonogram.Frame.CANVAS_HEIGHT, letters, HotspotFigure.altText(h),
                HotspotFigure.description(h, map));
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
                AppRoutes.QUIZ_RESULTS + a.publicId, results);
    }

    private Problem unknownTopic(String topic) {
        String message = "Unknown topic '" + topic + "' (topics: " + bank.topics() + ").";
        return Problem.badRequest(message, List.of(new FieldError("topic", message)));
    }
}
