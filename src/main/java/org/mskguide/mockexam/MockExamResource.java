package org.mskguide.mockexam;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.mskguide.quiz.InvalidAnswers;
import org.mskguide.quiz.Question;
import org.mskguide.web.AppRoutes;
import org.mskguide.web.Assets;
import org.mskguide.web.FieldErrors;
import org.mskguide.web.Layout;
import org.mskguide.web.PageMeta;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The mock exam: {@code /mock-exam} (what it is), {@code /mock-exam/start} (draws the questions, signs the deadline,
 * 303 to the attempt), {@code /mock-exam/attempt?t=...} (the form; its "Review answers" step posts back the same form
 * with a summary; "Submit" grades, stores and redirects), {@code /mock-exam/results/{id}} and {@code /mock-exam/stats}.
 * Works with JavaScript off; {@code assets/mockexam.js} only adds a countdown. Templates: {@code templates/MockExamResource/}.
 */
@Path(AppRoutes.MOCK_EXAM)
public class MockExamResource {

    static final String SCRIPT = "mockexam.js";

    private static final String FORM_ID = "exam-form";

    // An attempt is the reader's own and carries a CSRF token: never in a shared cache.
    private static final String NO_STORE = "no-store";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance intro(MockExamPages.IntroPage page, PageMeta meta);

        /** @param scriptHref the countdown ({@code assets/mockexam.js}); the page works the same without it */
        static native TemplateInstance attempt(MockExamPages.ExamPage page, String scriptHref, PageMeta meta);

        static native TemplateInstance result(MockExamPages.ResultPage result, PageMeta meta);

        static native TemplateInstance stats(MockExamPages.StatsPage stats, PageMeta meta);

        static native TemplateInstance badAttempt(List<FieldErrors.FieldError> problems, PageMeta meta);
    }

    @Inject
    MockExams exams;

    @Inject
    MockExamPages pages;

    @Inject
    Layout layout;

    @Inject
    Assets assets;

    @ConfigProperty(name = "quarkus.rest-csrf.form-field-name", defaultValue = "csrf-token")
    String csrfField;

    @GET
    public TemplateInstance intro() {
        MockExamPages.IntroPage page = pages.intro(exams.blueprint());
        return Templates.intro(page, layout.meta("Mock exam", "A timed practice exam of " + page.total()
                + " questions across the guide's four parts, scored by part at the end.", AppRoutes.MOCK_EXAM, "quiz"));
    }

    /** A GET (a form button, not a link, so crawlers never start one): nothing is stored until the answers come. */
    @GET
    @Path("/start")
    public Response start() {
        String token = exams.start(ThreadLocalRandom.current());
        return Response.seeOther(URI.create(AppRoutes.MOCK_EXAM + "/attempt?t=" + token)).build();
    }

    @GET
    @Path("/attempt")
    public Response attempt(@RestQuery("t") String token) {
        try {
            AttemptToken attempt = exams.read(token);
            return form(Response.Status.OK, token, attempt, exams.questions(attempt), Map.of(), Set.of(),
                    FieldErrors.none(), false);
        } catch (InvalidAttempt e) {
            return badAttempt(e);
        }
    }

    @POST
    @Path("/attempt")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response send(@RestQuery("t") String token, MultivaluedMap<String, String> fields) {
        AttemptToken attempt;
        List<Question> served;
        try {
            attempt = exams.read(token);
            served = exams.questions(attempt);
        } catch (InvalidAttempt e) {
            return badAttempt(e);
        }
        ExamForm form;
        try {
            form = ExamForm.parse(fields, csrfField, attempt.questionIds());
        } catch (InvalidAnswers e) {
            return form(Response.Status.BAD_REQUEST, token, attempt, served, Map.of(), Set.of(),
                    FieldErrors.none().add(FORM_ID, e.getMessage()), false);
        }
        if (!form.submit()) {
            return form(Response.Status.OK, token, attempt, served, form.answers(), form.flagged(), FieldErrors.none(),
                    true);
        }
        try {
            MockExamAttempt stored = exams.submit(attempt, served, form);
            return Response.seeOther(URI.create(AppRoutes.MOCK_EXAM + "/results/" + stored.publicId)).build();
        } catch (InvalidAnswers e) {
            return form(Response.Status.BAD_REQUEST, token, attempt, served, form.answers(), form.flagged(),
                    FieldErrors.none().add(FORM_ID, e.getMessage()), true);
        }
    }

    @GET
    @Path("/results/{id}")
    public Response result(@RestPath String id) {
        MockExamAttempt attempt = parseUuid(id).flatMap(MockExamAttempt::findByPublicId)
                .orElseThrow(NotFoundException::new);
        MockExamPages.ResultPage result = pages.result(attempt);
        return Response.ok(Templates.result(result, layout.privateMeta("Your mock exam result", "You got "
                + result.score() + " out of " + result.total() + " right.", AppRoutes.MOCK_EXAM + "/results/" + id,
                "quiz"))).header(HttpHeaders.CACHE_CONTROL, "private, no-cache").build();
    }

    @GET
    @Path("/stats")
    public Response stats() {
        MockExamPages.StatsPage stats = pages.stats(MockExamAttempt.countSubmitted(), MockExamAttempt.countLate(),
                MockExamAttempt.tallyByArea());
        return Response.ok(Templates.stats(stats, layout.meta("Mock exam statistics", "How many mock exams were"
                + " submitted, and the share right in each part of the guide.", AppRoutes.MOCK_EXAM_STATS, "quiz")))
                .header(HttpHeaders.CACHE_CONTROL, "no-cache").build();
    }

    private Response form(Response.Status status, String token, AttemptToken attempt, List<Question> served,
            Map<String, String> answers, Set<String> flagged, FieldErrors errors, boolean review) {
        MockExamPages.ExamPage page = pages.exam(token, attempt, served, answers, flagged, errors, review, exams.now());
        String title = (errors.isEmpty() ? "" : "Error: ") + (review ? "Review your answers" : "Mock exam");
        return Response.status(status).entity(Templates.attempt(page, assets.href(SCRIPT), layout.privateMeta(title,
                "A timed mock exam of " + served.size() + " questions.", AppRoutes.MOCK_EXAM + "/attempt", "quiz")))
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    private Response badAttempt(InvalidAttempt e) {
        return Response.status(Response.Status.BAD_REQUEST).entity(Templates.badAttempt(
                List.of(new FieldErrors.FieldError(null, e.getMessage())), layout.privateMeta(
                        "Error: This mock exam cannot be used", e.getMessage(), AppRoutes.MOCK_EXAM, "quiz")))
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    private static java.util.Optional<UUID> parseUuid(String id) {
        try {
            return id == null ? java.util.Optional.empty() : java.util.Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
