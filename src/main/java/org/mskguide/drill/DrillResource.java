package org.mskguide.drill;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestPath;
import org.mskguide.content.Content;
import org.mskguide.content.Page;
import org.mskguide.imaging.Sonograms;
import org.mskguide.quiz.Hotspot;
import org.mskguide.quiz.HotspotFigure;
import org.mskguide.quiz.Question;
import org.mskguide.quiz.QuestionBank;
import org.mskguide.quiz.QuizPages;
import org.mskguide.sonogram.MappedStructure;
import org.mskguide.web.AppRoutes;
import org.mskguide.web.FieldErrors;
import org.mskguide.web.Layout;
import org.mskguide.web.PageMeta;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Drills on simulated images, all plain GET pages that work without JavaScript and store nothing:
 * {@code /drills} (the list), {@code /drills/find-it/{id}} (click the structure, or choose its letter),
 * {@code /drills/find-it/{id}/answer?x=..&y=..} or {@code ?letter=B} (graded, with the answer outlined), and
 * {@code /drills/classify/{round}?image=1} with its {@code /answer?image=1&finding=tear}. A bad answer gets the
 * question back with the problem named and status 400; an unknown item or round a 404 page that links the list.
 * Templates: {@code templates/DrillResource/}.
 */
@Path(AppRoutes.DRILLS)
public class DrillResource {

    static final String SECTION = "drills";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<TopicItems> topics, List<ClassifyRounds.Round> rounds,
                PageMeta meta);

        static native TemplateInstance findIt(FindItView item, FieldErrors errors, PageMeta meta);

        static native TemplateInstance findItResult(FindItView item, Outcome outcome, PageMeta meta);

        static native TemplateInstance classify(ClassifyView view, FieldErrors errors, PageMeta meta);

        static native TemplateInstance classifyResult(ClassifyView view, ClassifyOutcome outcome, PageMeta meta);

        static native TemplateInstance notFound(String message, PageMeta meta);
    }

    /** The find-it items of one topic, for the list. */
    public record TopicItems(String title, List<Question> items) {
    }

    /**
     * One find-it item as its pages show it.
     *
     * @param lettered the lettered image as a {@code <figure>} ({@link HotspotFigure#lettered})
     * @param number   its place among all the items (1-based), for "Item 3 of 27"
     */
    public record FindItView(Question question, Hotspot hotspot, String imagePath, String altText,
            String description, String lettered, QuizPages.Link section, int number, int total, String nextHref,
            int width, int height) {

        public String href() {
            return AppRoutes.DRILLS + "/find-it/" + question.id();
        }

        /** The breadcrumb's words for this item. */
        public String crumb() {
            return "Find it: item " + number;
        }

        /** The target in a sentence: "supraspinatus tendon", "Achilles tendon". */
        public String targetWords() {
            return HotspotFigure.lower(hotspot.target());
        }
    }

    /**
     * How one answer went.
     *
     * @param answerSvg the image with the target outlined and named, and the click marked
     */
    public record Outcome(boolean correct, String feedback, String answerSvg, String chosenLetter, boolean click) {
    }

    /** One image of a classify round. */
    public record ClassifyView(ClassifyRounds.Round round, ClassifyRounds.Image image, int number, String altText,
            String description, List<Finding> findings, String nextHref) {

        public int total() {
            return round.images().size();
        }

        public String href() {
            return AppRoutes.DRILLS + "/classify/" + round.id();
        }
    }

    public record ClassifyOutcome(boolean correct, Finding chosen, QuizPages.Link section) {
    }

    @Inject
    QuestionBank bank;

    @Inject
    ClassifyRounds rounds;

    @Inject
    Sonograms sonograms;

    @Inject
    QuizPages quizPages;

    @Inject
    Content content;

    @Inject
    Layout layout;

    @GET
    public TemplateInstance index() {
        Map<String, List<Question>> byTopic = new LinkedHashMap<>();
        items().forEach(q -> byTopic.computeIfAbsent(q.topic(), t -> new ArrayList<>()).add(q));
        List<TopicItems> topics = byTopic.entrySet().stream().map(e -> new TopicItems(content.topic(e.getKey())
                .map(Page::title).orElse(e.getKey()), List.copyOf(e.getValue()))).toList();
        return Templates.index(topics, rounds.rounds(), layout.meta("Image drills",
                "Find a structure on a simulated ultrasound image, or say what an image shows: normal, anisotropy,"
                        + " fluid, a tear or calcification.", AppRoutes.DRILLS, SECTION));
    }

    @GET
    @Path("/find-it/{id}")
    public Response findIt(@RestPath String id) {
        Optional<FindItView> item = item(id);
        if (item.isEmpty()) {
            return notFound("There is no find-it item '" + id + "'.");
        }
        return html(200, Templates.findIt(item.get(), FieldErrors.none(), meta("Find it: item " + item.get().number(),
                item.get().href(), true)));
    }

    @GET
    @Path("/find-it/{id}/answer")
    public Response findItAnswer(@RestPath String id, @Context UriInfo uri) {
        Optional<FindItView> found = item(id);
        if (found.isEmpty()) {
            return notFound("There is no find-it item '" + id + "'.");
        }
        FindItView item = found.get();
        FindItAnswer answer = FindItAnswer.read(item.hotspot(), uri.getQueryParameters());
        if (!answer.errors().isEmpty()) {
            return html(400, Templates.findIt(item, answer.errors(), meta("Error: Find it: item " + item.number(),
                    item.href(), false)));
        }
        List<MappedStructure> map = map(item.hotspot());
        Hotspot h = item.hotspot();
        Outcome outcome;
        if (answer.isClick()) {
            ClickGrader.Graded graded = ClickGrader.grade(h, map, answer.x(), answer.y());
            String svg = HotspotFigure.svg(h, map, "answer", h.imagePath(), h.target(),
                    new HotspotFigure.Click(answer.x(), answer.y()));
            outcome = new Outcome(graded.correct(), graded.feedback(), svg, null, true);
        } else {
            String chosen = h.structureOf(answer.letter());
            boolean correct = chosen.equals(h.target());
            String feedback = "You chose " + answer.letter() + (correct ? ", which marks the " : ". The answer is "
                    + h.answerLetter() + ", the ") + HotspotFigure.lower(h.target()) + ".";
            String svg = HotspotFigure.svg(h, map, "answer", h.imagePath(), h.target(), null);
            outcome = new Outcome(correct, feedback, svg, answer.letter(), false);
        }
        return html(200, Templates.findItResult(item, outcome, meta((outcome.correct() ? "Right" : "Not quite")
                + ": find it, item " + item.number(), item.href() + "/answer", false)));
    }

    @GET
    @Path("/classify/{round}")
    public Response classify(@RestPath String round, @Context UriInfo uri) {
        return classifyPage(round, uri, false);
    }

    @GET
    @Path("/classify/{round}/answer")
    public Response classifyAnswer(@RestPath String round, @Context UriInfo uri) {
        return classifyPage(round, uri, true);
    }

    private Response classifyPage(String roundId, UriInfo uri, boolean answering) {
        Optional<ClassifyRounds.Round> round = rounds.round(roundId);
        if (round.isEmpty()) {
            return notFound("There is no classify round '" + roundId + "'.");
        }
        Map<String, List<String>> query = uri.getQueryParameters();
        String imageParam = single(query, "image");
        int number;
        try {
            number = imageParam == null ? 1 : Integer.parseInt(imageParam);
        } catch (NumberFormatException e) {
            number = -1;
        }
        if (number < 1 || number > round.get().images().size() || (imageParam != null && imageParam.length() > 3)) {
            return notFound("Round '" + roundId + "' has images 1 to " + round.get().images().size() + ", not '"
                    + imageParam + "'.");
        }
        ClassifyView view = classifyView(round.get(), number);
        String path = view.href() + (answering ? "/answer" : "");
        if (!answering) {
            return html(200, Templates.classify(view, FieldErrors.none(), meta(round.get().title() + ": image "
                    + number, path, number == 1 && query.isEmpty())));
        }
        String findingParam = single(query, "finding");
        Finding chosen = Finding.of(findingParam);
        if (chosen == null) {
            FieldErrors errors = FieldErrors.none().add("finding-normal", "Choose what the image shows: normal, "
                    + "anisotropy, fluid, tear or calcification.");
            return html(400, Templates.classify(view, errors, meta("Error: " + round.get().title() + ": image "
                    + number, path, false)));
        }
        ClassifyOutcome outcome = new ClassifyOutcome(chosen == view.image().answer(), chosen,
                quizPages.sectionLink(view.image().topic(), view.image().section()));
        return html(200, Templates.classifyResult(view, outcome, meta(round.get().title() + ": image " + number,
                path, false)));
    }

    private ClassifyView classifyView(ClassifyRounds.Round round, int number) {
        ClassifyRounds.Image image = round.images().get(number - 1);
        Sonograms.Rendered rendered = sonograms.get(image.request());
        String alt = "Simulated ultrasound image " + number + " of " + round.images().size() + ": "
                + HotspotFigure.lower(image.request().view().title()) + ". The description says what each part looks"
                + " like.";
        String next = number < round.images().size() ? AppRoutes.DRILLS + "/classify/" + round.id() + "?image="
                + (number + 1) : null;
        return new ClassifyView(round, image, number, alt, ClassifyDescription.of(image.request(), rendered.map()),
                List.of(Finding.values()), next);
    }

    private Optional<FindItView> item(String id) {
        List<Question> items = items();
        for (int i = 0; i < items.size(); i++) {
            Question q = items.get(i);
            if (q.id().equals(id)) {
                Hotspot h = q.hotspot();
                List<MappedStructure> map = map(h);
                String next = i + 1 < items.size() ? AppRoutes.DRILLS + "/find-it/" + items.get(i + 1).id() : null;
                return Optional.of(new FindItView(q, h, h.imagePath(), "Simulated ultrasound image to click on. To"
                        + " answer without a pointer, use the lettered copy below, which has a description.",
                        HotspotFigure.description(h, map), HotspotFigure.lettered(h, map, "lettered-", h.imagePath()),
                        quizPages.sectionLink(q.topic(), q.section()), i + 1, items.size(), next,
                        org.mskguide.sonogram.Frame.CANVAS_WIDTH, org.mskguide.sonogram.Frame.CANVAS_HEIGHT));
            }
        }
        return Optional.empty();
    }

    private List<Question> items() {
        return bank.questions().stream().filter(q -> q.hotspot() != null).toList();
    }

    private List<MappedStructure> map(Hotspot h) {
        return sonograms.get(h.request()).map();
    }

    private PageMeta meta(String title, String path, boolean indexable) {
        String description = "Find a structure on a simulated ultrasound image by clicking it or choosing its letter.";
        return indexable ? layout.meta(title, description, path, SECTION)
                : layout.privateMeta(title, description, path, SECTION);
    }

    private Response notFound(String message) {
        return html(404, Templates.notFound(message, layout.privateMeta("Not found: drill", message,
                AppRoutes.DRILLS, SECTION)));
    }

    private static Response html(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }

    private static String single(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.size() != 1 ? null : values.get(0);
    }
}
