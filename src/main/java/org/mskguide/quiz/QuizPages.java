package org.mskguide.quiz;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.mskguide.content.Content;
import org.mskguide.content.Figure;
import org.mskguide.content.FigureHtml;
import org.mskguide.content.Heading;
import org.mskguide.content.Page;
import org.mskguide.content.PlacedFigure;

/**
 * Turns questions, stored attempts and statistics into the plain records the quiz templates show, so the
 * templates never touch entities and the resource stays thin.
 */
@ApplicationScoped
public class QuizPages {

    @Inject
    Content content;

    @Inject
    QuestionBank bank;

    /** The quiz form. {@code topic} null is the mixed quiz. */
    public record FormPage(Page topic, String topicSlug, List<QuestionView> questions, String servedIds,
            List<String> errors, List<TopicLink> topicQuizzes) {
    }

    /** @param figure the question's picture as HTML ({@link FigureHtml}), or null for a text question */
    public record QuestionView(String id, String text, List<ChoiceView> choices, String figure) {
    }

    public record ChoiceView(String id, String text, boolean checked) {
    }

    /** A link to one topic's quiz (or its statistics), e.g. {@code /quiz?topic=dynamic-imaging}. */
    public record TopicLink(String slug, String title, int questions, String href, boolean current) {
    }

    /** A stored result, rendered from its snapshot. */
    public record ResultPage(String id, LocalDate takenOn, Page topic, int score, int total, double share,
            List<ResultItem> items, String tryAgainHref) {
    }

    /**
     * @param outcome {@code correct}, {@code wrong} or {@code unanswered}
     * @param retired the question is no longer in the bank
     * @param changed the question is still in the bank but reads differently now
     */
    public record ResultItem(int number, String questionText, String outcome, String chosenText, String correctText,
            String explanation, String whyOthersWrong, Link section, boolean retired, boolean changed, String figure) {
    }

    public record Link(String href, String text) {
    }

    public record StatsPage(Page topic, List<StatsRow> rows, List<StatsRow> retired, List<TopicLink> filters) {
    }

    /** @param share share correct of those who answered, null when nobody answered yet */
    public record StatsRow(String questionId, String questionText, Link section, long shown, long answered,
            long correct, Double share) {
    }

    /**
     * @param questions in the order to show them; their choices are shuffled with {@code random}
     * @param answers   choices to show as already picked (when the form comes back with a problem)
     */
    public FormPage form(String topic, List<Question> questions, Map<String, String> answers, List<String> errors,
            Random random) {
        List<QuestionView> views = new ArrayList<>();
        for (Question q : questions) {
            List<ChoiceView> choices = new ArrayList<>();
            q.choices().forEach(c -> choices.add(new ChoiceView(c.id(), c.text(), c.id().equals(answers.get(q.id())))));
            // Region letters stay in order (A, B, C): shuffled letters would only slow the reader down.
            if (q.picture() == null || q.picture().regions().isEmpty()) {
                Collections.shuffle(choices, random);
            }
            views.add(new QuestionView(q.id(), q.text(), choices, figureHtml(q, "q" + (views.size() + 1) + "-")));
        }
        String served = questions.stream().map(Question::id).collect(Collectors.joining(","));
        return new FormPage(topic == null ? null : content.topic(topic).orElse(null), topic == null ? "" : topic,
                views, served, errors, topicLinks("/quiz", topic));
    }

    /**
     * The question's picture as HTML, or null. {@code idPrefix} keeps ids unique when one page shows the same figure
     * for two questions.
     */
    private String figureHtml(Question q, String idPrefix) {
        if (q.picture() == null) {
            return null;
        }
        Question.Picture picture = q.picture();
        Figure figure = content.figure(picture.figure()).map(PlacedFigure::figure)
                .orElseGet(() -> content.looseFigures().get(picture.figure()));
        return FigureHtml.forQuestion(figure, picture.description(), idPrefix);
    }

    /** One link per topic that has questions, for instructors and for the "quiz one topic" list. */
    public List<TopicLink> topicLinks(String base, String current) {
        List<TopicLink> links = new ArrayList<>();
        for (String slug : bank.topics()) {
            Page page = content.topic(slug).orElseThrow();
            links.add(new TopicLink(slug, page.title(), bank.forTopic(slug).size(), base + "?topic=" + slug,
                    slug.equals(current)));
        }
        return links;
    }

    public ResultPage result(QuizAttempt attempt) {
        List<ResultItem> items = new ArrayList<>();
        for (QuizAnswer a : attempt.answers) {
            Optional<Question> now = bank.question(a.questionId);
            boolean changed = now.isPresent() && !(now.get().text().equals(a.questionText)
                    && now.get().correctChoice().text().equals(a.correctText));
            // The stored snapshot has no picture: show the question's figure as it is now, unless it was reworded.
            String figure = now.isPresent() && !changed ? figureHtml(now.get(), "r" + (a.position + 1) + "-") : null;
            items.add(new ResultItem(a.position + 1, a.questionText, a.outcome().name().toLowerCase(), a.chosenText,
                    a.correctText, a.explanation, a.whyOthersWrong, sectionLink(a.topic, a.section), now.isEmpty(),
                    changed, figure));
        }
        Page topic = attempt.topic == null ? null : content.topic(attempt.topic).orElse(null);
        String again = attempt.topic != null && !bank.forTopic(attempt.topic).isEmpty()
                ? "/quiz?topic=" + attempt.topic : "/quiz";
        double share = attempt.total == 0 ? 0 : (double) attempt.score / attempt.total;
        return new ResultPage(attempt.publicId.toString(), LocalDate.ofInstant(attempt.takenAt, ZoneOffset.UTC), topic,
                attempt.score, attempt.total, share, items, again);
    }

    /** @param topic a topic slug, or null for every question */
    public StatsPage stats(String topic, List<QuestionStats> stats) {
        Map<String, QuestionStats> byId = stats.stream()
                .collect(Collectors.toMap(QuestionStats::questionId, Function.identity()));
        List<StatsRow> rows = new ArrayList<>();
        for (Question q : topic == null ? bank.questions() : bank.forTopic(topic)) {
            QuestionStats s = byId.getOrDefault(q.id(), new QuestionStats(q.id(), 0, 0, 0));
            rows.add(new StatsRow(q.id(), q.text(), sectionLink(q.topic(), q.section()), s.shown(), s.answered(),
                    s.correct(), s.answered() == 0 ? null : s.shareCorrect()));
        }
        List<StatsRow> retired = stats.stream().filter(s -> bank.question(s.questionId()).isEmpty())
                .map(s -> new StatsRow(s.questionId(), null, null, s.shown(), s.answered(), s.correct(),
                        s.answered() == 0 ? null : s.shareCorrect()))
                .toList();
        return new StatsPage(topic == null ? null : content.topic(topic).orElse(null), rows, retired,
                topicLinks("/quiz/stats", topic));
    }

    /**
     * The section a question tests, as it is now: the exact heading if it still exists, else the topic page,
     * else the list of topics (a stored attempt may point at a section that was renamed since).
     */
    public Link sectionLink(String topic, String section) {
        Optional<Page> page = content.topic(topic);
        if (page.isEmpty()) {
            return new Link("/topics", "All topics");
        }
        return page.get().headings().stream().filter(h -> h.id().equals(section)).findFirst()
                .map((Heading h) -> new Link(page.get().path() + "#" + h.id(), page.get().title() + ": " + h.text()))
                .orElse(new Link(page.get().path(), page.get().title()));
    }
}
