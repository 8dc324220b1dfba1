package org.mskguide.study;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestQuery;
import org.mskguide.quiz.GradedQuiz;
import org.mskguide.quiz.Grader;
import org.mskguide.quiz.InvalidAnswers;
import org.mskguide.quiz.Question;
import org.mskguide.quiz.QuestionBank;
import org.mskguide.quiz.QuizAttempt;
import org.mskguide.quiz.QuizForm;
import org.mskguide.quiz.QuizPages;
import org.mskguide.web.AppRoutes;
import org.mskguide.web.FieldErrors;
import org.mskguide.web.Layout;
import org.mskguide.web.PageMeta;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The study card: {@code /study?card=...} (what is due), {@code /study/start?result=...} (a card from a quiz result),
 * {@code /study/review?card=...} (today's review, graded like the quiz, then Post/Redirect/Get to the updated card)
 * and {@code /study/card.txt?card=...} (the card as a file). The reader keeps the card; nothing is stored here.
 * Templates: {@code templates/StudyResource/}.
 */
@Path(AppRoutes.STUDY)
public class StudyResource {

    private static final String FORM_ID = "review-form";

    // A card is the reader's own: never in a shared cache. The review form also carries a CSRF token.
    private static final String NO_STORE = "no-store";

    @CheckedTemplate
    static class Templates {
        /** @param qr the card's link as a QR code (inline SVG), or null when the link is too long for one */
        static native TemplateInstance card(StudyPages.CardPage page, String qr, PageMeta meta);

        static native TemplateInstance none(PageMeta meta);

        static native TemplateInstance review(StudyPages.CardPage card, QuizPages.FormPage page, PageMeta meta);

        static native TemplateInstance badCard(List<FieldErrors.FieldError> problems, PageMeta meta);

        static native TemplateInstance file(String url, String today);
    }

    @Inject
    StudyCards cards;

    @Inject
    StudyPages pages;

    @Inject
    QuizPages quizPages;

    @Inject
    QuestionBank bank;

    @Inject
    Grader grader;

    @Inject
    Layout layout;

    @ConfigProperty(name = "quarkus.rest-csrf.form-field-name", defaultValue = "csrf-token")
    String csrfField;

    @GET
    public Response card(@RestQuery("card") String token, @RestQuery("right") Integer right, @RestQuery("of") Integer of,
            @RestQuery("missed") String missed, @Context UriInfo uri) {
        if (token == null || token.isBlank()) {
            return page(Response.Status.OK, Templates.none(layout.privateMeta("Your study card",
                    "Review quiz questions on a schedule, with a card you keep.", AppRoutes.STUDY, "quiz")));
        }
        Optional<StudyCard> card = read(token);
        if (card.isEmpty()) {
            return badCard(token);
        }
        List<String> missedIds = missed == null ? List.of() : Arrays.asList(missed.split(","));
        StudyPages.CardPage page = pages.card(token, card.get(), cards.today(), pages.reviewed(right, of, missedIds));
        String qr = CardQr.svg(cardUrl(uri, token), "card-qr").orElse(null);
        return page(Response.Status.OK, Templates.card(page, qr, layout.privateMeta("Your study card",
                page.due() + " questions due for review today.", AppRoutes.STUDY, "quiz")));
    }

    /** "Review these later" on a quiz result: every question of the attempt still in the bank goes on a new card. */
    @GET
    @Path("/start")
    public Response start(@RestQuery("result") String result) {
        Optional<QuizAttempt> attempt = parseUuid(result).flatMap(QuizAttempt::findByPublicId);
        if (attempt.isEmpty()) {
            return badRequest("There is no quiz result at this address, so there is nothing to put on a card.");
        }
        Map<String, Boolean> rightById = new LinkedHashMap<>();
        attempt.get().answers.stream().filter(a -> bank.question(a.questionId).isPresent())
                .forEach(a -> rightById.put(a.questionId, a.outcome() == GradedQuiz.Outcome.CORRECT));
        StudyCard card = Schedule.add(new StudyCard(Map.of()), rightById, cards.today());
        return Response.seeOther(URI.create(AppRoutes.STUDY + "?card=" + cards.codec().encode(card))).build();
    }

    @GET
    @Path("/review")
    public Response review(@RestQuery("card") String token) {
        Optional<StudyCard> card = read(token);
        if (card.isEmpty()) {
            return badCard(token);
        }
        List<Question> session = Schedule.session(card.get(), cards.today(), pages::topicOf).stream()
                .map(id -> bank.question(id).orElseThrow()).toList();
        if (session.isEmpty()) {
            // Nothing due: the card page says when the next questions are.
            return Response.seeOther(URI.create(AppRoutes.STUDY + "?card=" + token)).build();
        }
        return form(Response.Status.OK, token, card.get(), session, Map.of(), FieldErrors.none());
    }

    @POST
    @Path("/review")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@RestQuery("card") String token, MultivaluedMap<String, String> fields) {
        Optional<StudyCard> found = read(token);
        if (found.isEmpty()) {
            return badCard(token);
        }
        StudyCard card = found.get();
        List<Question> served = null;
        try {
            QuizForm form = QuizForm.parse(fields, csrfField, Schedule.SESSION_SIZE);
            if (form.servedIds().size() > Schedule.SESSION_SIZE || !card.entries().keySet().containsAll(form.servedIds())) {
                throw new InvalidAnswers("The list of questions was changed: it does not match your study card.");
            }
            served = grader.chosenQuestions(form.servedIds());
            GradedQuiz graded = grader.gradeServed(served, form.answers());
            Map<String, Boolean> rightById = new LinkedHashMap<>();
            graded.results().stream().filter(r -> r.outcome() != GradedQuiz.Outcome.UNANSWERED)
                    .forEach(r -> rightById.put(r.question().id(), r.outcome() == GradedQuiz.Outcome.CORRECT));
            StudyCard updated = Schedule.review(card, rightById, cards.today());
            String missed = graded.results().stream().filter(r -> r.outcome() == GradedQuiz.Outcome.WRONG)
                    .map(r -> r.question().id()).collect(Collectors.joining(","));
            return Response.seeOther(URI.create(AppRoutes.STUDY + "?card=" + cards.codec().encode(updated) + "&right="
                    + graded.score() + "&of=" + rightById.size() + (missed.isEmpty() ? "" : "&missed=" + missed)))
                    .build();
        } catch (InvalidAnswers e) {
            List<Question> again = served != null ? served
                    : Schedule.session(card, cards.today(), pages::topicOf).stream()
                            .map(id -> bank.question(id).orElseThrow()).toList();
            Map<String, String> keep = served != null ? answers(fields) : Map.of();
            return form(Response.Status.BAD_REQUEST, token, card, again, keep,
                    FieldErrors.none().add(FORM_ID, e.getMessage()));
        }
    }

    /** The card as a small text file: the link, and what it is. */
    @GET
    @Path("/card.txt")
    public Response file(@RestQuery("card") String token, @Context UriInfo uri) {
        if (read(token).isEmpty()) {
            return badCard(token);
        }
        String text = Templates.file(cardUrl(uri, token), cards.today().format(DateTimeFormatter.ISO_LOCAL_DATE)).render();
        return Response.ok(text.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"msk-guide-study-card.txt\"")
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE)
                .build();
    }

    /** The card's full address, as the file and the QR code carry it. */
    private static String cardUrl(UriInfo uri, String token) {
        return uri.getBaseUri().resolve(AppRoutes.STUDY + "?card=" + token).toString();
    }

    private Response form(Response.Status status, String token, StudyCard card, List<Question> questions,
            Map<String, String> answers, FieldErrors errors) {
        QuizPages.FormPage page = quizPages.form(null, questions, answers, errors, ThreadLocalRandom.current(),
                "/study/review?card=" + token, true, null);
        StudyPages.CardPage cardPage = pages.card(token, card, cards.today(), null);
        return page(status, Templates.review(cardPage, page, layout.privateMeta((errors.isEmpty() ? "" : "Error: ")
                + "Review today", "The questions on your study card due today.", AppRoutes.STUDY + "/review", "quiz")));
    }

    private static Map<String, String> answers(MultivaluedMap<String, String> fields) {
        Map<String, String> answers = new LinkedHashMap<>();
        fields.forEach((name, values) -> {
            if (name.startsWith(QuizForm.ANSWER_PREFIX) && values.size() == 1) {
                answers.put(name.substring(QuizForm.ANSWER_PREFIX.length()), values.get(0));
            }
        });
        return answers;
    }

    private Optional<StudyCard> read(String token) {
        try {
            return Optional.of(cards.codec().decode(token));
        } catch (InvalidCard e) {
            return Optional.empty();
        }
    }

    private Response badCard(String token) {
        try {
            cards.codec().decode(token);
            throw new IllegalStateException("badCard called for a readable card");
        } catch (InvalidCard e) {
            return badRequest(e.getMessage());
        }
    }

    private Response badRequest(String problem) {
        return page(Response.Status.BAD_REQUEST, Templates.badCard(List.of(new FieldErrors.FieldError(null, problem)), layout.privateMeta(
                "Error: This study card cannot be used", problem, AppRoutes.STUDY, "quiz")));
    }

    private static Response page(Response.Status status, TemplateInstance page) {
        return Response.status(status).entity(page).header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    private static Optional<UUID> parseUuid(String id) {
        try {
            return id == null ? Optional.empty() : Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
