package org.mskguide.print;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.mskguide.content.Content;
import org.mskguide.content.Figure;
import org.mskguide.content.FigureHtml;
import org.mskguide.content.Heading;
import org.mskguide.content.Page;
import org.mskguide.content.PlacedFigure;
import org.mskguide.content.Source;
import org.mskguide.web.FieldErrors;
import org.mskguide.quiz.Choice;
import org.mskguide.quiz.ClassQuiz;
import org.mskguide.quiz.Question;
import org.mskguide.quiz.QuestionBank;
import org.mskguide.quiz.QuestionSelection;
import org.mskguide.web.Layout;
import org.mskguide.web.PageMeta;
import org.mskguide.web.SiteConfig;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Printable pages for a class: {@code /print/topics} (every topic in one handout), {@code /print/topics/<slug>} (one
 * topic) and {@code /print/quiz?topic=<slug>}, {@code ?questions=<id>,...} or {@code ?class=<code>} (a quiz, each
 * figure once above the questions that use it, then its answer key on pages of its own). They use {@code layouts/print.html}: no site navigation, links followed by their address on paper.
 * They repeat the topic pages, so they are kept out of search results (noindex). Templates:
 * {@code templates/PrintResource/}.
 */
@Path("/print")
public class PrintResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance topics(String heading, List<PrintTopic> topics, List<Source> sources,
                java.util.Set<String> quizTopics, PageMeta meta);

        static native TemplateInstance quiz(String heading, List<PrintGroup> groups, List<PrintQuestion> questions,
                FieldErrors errors, List<Page> topics, PageMeta meta);
    }

    /** A topic ready for paper: its page and its body with absolute links (and prefixed ids in a multi-topic handout). */
    public record PrintTopic(Page page, String html, String url, String idPrefix) {
    }

    /** One choice on paper, lettered A, B, C... */
    public record PrintChoice(String letter, String text) {
    }

    /** A question on paper and its line in the answer key. */
    public record PrintQuestion(int number, Question question, List<PrintChoice> choices, PrintChoice answer,
            String sectionTitle, String sectionUrl) {

        /** Whether the choices are only the letters drawn in the figure: they print on one line. */
        public boolean lettersOnly() {
            return choices.stream().allMatch(c -> c.letter().equals(c.text()));
        }
    }

    /**
     * Questions printed together: those sharing a figure under one copy of it ({@code figure} null for a question
     * without one).
     */
    public record PrintGroup(String figure, List<PrintQuestion> questions) {

        /** "Question 4" or "Questions 4 to 6", for the line under the figure. */
        public String numbers() {
            int first = questions.get(0).number();
            int last = questions.get(questions.size() - 1).number();
            return first == last ? "Question " + first : "Questions " + first + " to " + last;
        }
    }

    @Inject
    Content content;

    @Inject
    QuestionBank bank;

    @Inject
    org.mskguide.imaging.Sonograms sonograms;

    @Inject
    SiteConfig site;

    @Inject
    Layout layout;

    @GET
    @Path("/topics")
    public Response allTopics() {
        List<PrintTopic> topics = content.topics().stream()
                .map(t -> new PrintTopic(t, Handout.forPrint(t.html(), site.baseUrl() + t.path(), t.slug() + "--"),
                        site.baseUrl() + t.path(), t.slug() + "--"))
                .toList();
        Map<String, Source> sources = new LinkedHashMap<>();
        content.topics().forEach(t -> t.sources().forEach(s -> sources.putIfAbsent(s.url(), s)));
        return html(Templates.topics("MSK Ultrasound Guide: all topics", topics, List.copyOf(sources.values()),
                java.util.Set.copyOf(bank.topics()), meta("Printable handout: all topics", "/print/topics")));
    }

    @GET
    @Path("/topics/{slug}")
    public Response topic(@RestPath String slug) {
        Page topic = content.topic(slug).orElse(null);
        if (topic == null) {
            return content.topicByAlias(slug)
                    .map(moved -> Response.status(Response.Status.MOVED_PERMANENTLY)
                            .location(URI.create("/print/topics/" + moved.slug())).build())
                    .orElseThrow(NotFoundException::new);
        }
        PrintTopic print = new PrintTopic(topic, Handout.forPrint(topic.html(), site.baseUrl() + topic.path(), ""),
                site.baseUrl() + topic.path(), "");
        return html(Templates.topics(topic.title(), List.of(print), topic.sources(),
                java.util.Set.copyOf(bank.topics()), meta("Printable handout: " + topic.title(), "/print/topics/" + slug)));
    }

    @GET
    @Path("/quiz")
    public Response quiz(@RestQuery String topic, @RestQuery String questions, @RestQuery("class") String classCode) {
        // A class quiz prints under its own label, with the questions its instructor chose.
        ClassQuiz classQuiz = classCode == null || classCode.isBlank() ? null
                : ClassQuiz.findByCode(classCode.strip()).orElseThrow(NotFoundException::new);
        QuestionSelection selection = QuestionSelection.parse(bank, topic,
                classQuiz != null ? classQuiz.questionIds : questions, bank.questions().size());
        List<Page> topics = content.topics().stream().filter(t -> !bank.forTopic(t.slug()).isEmpty()).toList();
        if (!selection.isValid()) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.quiz("Printable quiz", List.of(), List.of(), selection.errors(), topics,
                            meta("Error: Printable quiz", "/print/quiz")))
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
        }
        String heading = classQuiz != null ? "Class quiz: " + classQuiz.label
                : selection.topic() != null
                        ? "Quiz: " + content.topic(selection.topic()).map(Page::title).orElse(selection.topic())
                        : selection.questions().size() == bank.questions().size() ? "Quiz: all topics"
                                : "Quiz: selected questions";
        List<PrintGroup> groups = new ArrayList<>();
        List<PrintQuestion> printed = new ArrayList<>();
        for (List<Question> group : FigureGroups.of(selection.questions(),
                q -> q.picture() != null ? q.picture().figure() : q.hotspot() != null ? q.id() : null)) {
            List<PrintQuestion> members = new ArrayList<>();
            for (Question q : group) {
                PrintQuestion p = print(printed.size() + 1, q);
                members.add(p);
                printed.add(p);
            }
            groups.add(new PrintGroup(figure(group.get(0), "g" + (groups.size() + 1) + "-"), members));
        }
        String query = classQuiz != null ? "class=" + classQuiz.code
                : selection.topic() != null ? "topic=" + selection.topic()
                        : questions != null && !questions.isBlank()
                                ? "questions=" + String.join(",", selection.questions().stream().map(Question::id).toList())
                                : "";
        String path = "/print/quiz" + (query.isEmpty() ? "" : "?" + query);
        return html(Templates.quiz(heading, groups, printed, FieldErrors.none(), topics,
                meta("Printable " + heading.substring(0, 1).toLowerCase() + heading.substring(1), path)));
    }

    private PrintQuestion print(int number, Question q) {
        List<PrintChoice> choices = new ArrayList<>();
        PrintChoice answer = null;
        for (Choice c : q.choices()) {
            // A picture question's choices are already the letters drawn in the figure.
            PrintChoice choice = new PrintChoice(q.lettered() ? c.text()
                    : String.valueOf((char) ('A' + choices.size())), c.text());
            choices.add(choice);
            if (c.correct()) {
                answer = choice;
            }
        }
        Page topic = content.topic(q.topic()).orElse(null);
        String sectionTitle = topic == null ? q.topic() : topic.title() + ": " + topic.headings().stream()
                .filter(h -> h.id().equals(q.section())).map(Heading::text).findFirst().orElse(topic.title());
        return new PrintQuestion(number, q, choices, answer, sectionTitle, site.baseUrl() + q.sectionPath());
    }

    /** The question's picture, or null; the group's prefix keeps ids unique when several figures print. */
    private String figure(Question q, String idPrefix) {
        if (q.hotspot() != null) {
            // A find-it question prints its simulated image with the letters on it, like the quiz form shows it.
            org.mskguide.quiz.Hotspot h = q.hotspot();
            return org.mskguide.quiz.HotspotFigure.lettered(h, sonograms.get(h.request()).map(), idPrefix,
                    h.imagePath());
        }
        if (q.picture() == null) {
            return null;
        }
        Figure f = content.figure(q.picture().figure()).map(PlacedFigure::figure)
                .orElseGet(() -> content.looseFigures().get(q.picture().figure()));
        return FigureHtml.forQuestion(f, q.picture().description(), idPrefix);
    }

    // Handouts repeat the topic pages: noindex, so search results lead to the pages themselves.
    private PageMeta meta(String title, String path) {
        return layout.privateMeta(title, "A printable version for a class.", path, "print");
    }

    private static Response html(TemplateInstance page) {
        return Response.ok(page, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=300").build();
    }
}
