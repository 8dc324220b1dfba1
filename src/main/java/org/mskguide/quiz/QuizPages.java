package org.mskguide.quiz;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
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
import org.mskguide.web.FieldErrors;
import org.mskguide.web.AppRoutes;

import io.quarkus.qute.Location;
import io.quarkus.qute.RawString;
import io.quarkus.qute.Template;

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

    @Inject
    org.mskguide.imaging.Sonograms sonograms;

    @Inject
    @Location("partials/quizChoice")
    Template choiceTemplate;

    /**
     * A choice's markup depends only on its question, itself and whether it is picked, and a question's figure only on
     * its id prefix: both are rendered once and reused by every form that shows them. Bounded by the bank's size.
     */
    private final Map<String, Map<String, RawString[]>> choiceHtml = new ConcurrentHashMap<>();
    private final Map<String, Optional<String>> figures = new ConcurrentHashMap<>();
    private final Map<String, List<TopicLink>> topicLinks = new ConcurrentHashMap<>();

    /**
     * The quiz form. {@code topic} null is the mixed quiz, a quiz of chosen questions or a class quiz.
     *
     * @param action     where the form posts: {@code /quiz}, or {@code /quiz/class?code=...} for a class quiz
     * @param chosen     the questions were named in the address ({@code /quiz?questions=a,b})
     * @param classLabel the class quiz's label, or null
     * @param classRules what the instructor chose for a class quiz (attempts, answers), or null
     */
    public record FormPage(Page topic, String topicSlug, List<QuestionView> questions, String servedIds,
            FieldErrors errors, List<TopicLink> topicQuizzes, String action, boolean chosen, String classLabel,
            ClassRules classRules) {
    }

    /**
     * What the instructor chose for a class quiz, as its students' pages state it.
     *
     * @param closesOn the last day to answer (UTC), or null when the instructor closes it by hand
     */
    public record ClassRules(String label, boolean onePerBrowser, ClassQuiz.AnswersShown answersShown,
            LocalDate closesOn) {

        public static ClassRules of(ClassQuiz quiz) {
            return new ClassRules(quiz.label, quiz.onePerBrowser, quiz.answersShownChoice(), quiz.closesOn);
        }

        /** For templates: {@code immediately}, {@code after-close} or {@code never}. */
        public String answers() {
            return answersShown.param();
        }
    }

    /** @param figure the question's picture as HTML ({@link FigureHtml}), or null for a text question */
    public record QuestionView(String id, String text, List<ChoiceView> choices, String figure, int total) {
    }

    /** @param html the choice's radio button and label ({@code partials/quizChoice.html}), rendered once */
    public record ChoiceView(String id, String text, boolean checked, RawString html) {
    }

    /** A link to one topic's quiz (or its statistics), e.g. {@code /quiz?topic=dynamic-imaging}. */
    public record TopicLink(String slug, String title, int questions, String href, boolean current) {
    }

    /**
     * A stored result, rendered from its snapshot.
     *
     * @param byTopic the score over all questions first, then one row per topic when the quiz spans several; the
     *                chart and the table under it are both drawn from this list
     * @param chart   the score chart ({@link ScoreChart}), an inline SVG
     * @param tryAgainHref a fresh quiz of the same kind; null for a class quiz (a second attempt there would count in
     *                     the class's results)
     * @param practiseAllHref for a class quiz: the same questions as an ordinary quiz, outside the class; else null
     * @param classRules  what the instructor chose, for a class quiz; else null
     * @param answersShown the right answers, explanations and outcomes may be shown (false while a class quiz hides
     *                     them)
     */
    public record ResultPage(String id, LocalDate takenOn, Page topic, int score, int total, double share,
            List<ResultItem> items, String tryAgainHref, List<TopicScore> byTopic, String chart, String kind,
            String practiseHref, int missed, String practiseAllHref, ClassRules classRules, boolean answersShown) {
    }

    /**
     * How one topic (or the whole quiz) went.
     *
     * @param key        {@code all}, or the topic's slug
     * @param title      "All questions", or the topic's title
     * @param right      answered right
     * @param wrong      answered, not right
     * @param unanswered left out
     */
    public record TopicScore(String key, String title, int right, int wrong, int unanswered) {

        public int total() {
            return right + wrong + unanswered;
        }

        /** "3 of 4 right": the words at the end of the chart's bar. */
        public String rightText() {
            return right + " of " + total() + " right";
        }
    }

    /**
     * @param outcome {@code correct}, {@code wrong} or {@code unanswered}
     * @param retired the question is no longer in the bank
     * @param changed the question is still in the bank but reads differently now
     */
    public record ResultItem(int number, String questionText, String outcome, String chosenText, String correctText,
            String explanation, String whyOthersWrong, Link section, boolean retired, boolean changed, String figure,
            String questionId) {
    }

    public record Link(String href, String text) {
    }

    /**
     * @param rows  the questions, weakest first (lowest share right; questions nobody answered yet last)
     * @param chart the share right per question as bars ({@link StatsChart}), drawn from {@code rows}; null when
     *              nobody has answered any of them yet
     */
    public record StatsPage(Page topic, List<StatsRow> rows, List<StatsRow> retired, List<TopicLink> filters,
            String chart) {
    }

    /** @param share share correct of those who answered, null when nobody answered yet */
    public record StatsRow(String questionId, String questionText, Link section, long shown, long answered,
            long correct, Double share) {

        /** "46% (6 of 13)", or "No answers yet": the table's cell and the words at the end of the chart's bar. */
        public String rightText() {
            return share == null ? "No answers yet"
                    : Math.round(share * 100) + "% (" + correct + " of " + answered + ")";
        }
    }

    /** Weakest first: the lowest share right; then the most answered (surer); questions nobody answered last. */
    static final Comparator<StatsRow> WEAKEST_FIRST = Comparator
            .comparing((StatsRow r) -> r.share() == null)
            .thenComparing(r -> r.share() == null ? 0 : r.share())
            .thenComparing(StatsRow::answered, Comparator.reverseOrder());

    /**
     * @param questions in the order to show them; their choices are shuffled with {@code random}
     * @param answers   choices to show as already picked (when the form comes back with a problem)
     */
    public FormPage form(String topic, List<Question> questions, Map<String, String> answers, FieldErrors errors,
            Random random) {
        return form(topic, questions, answers, errors, random, AppRoutes.QUIZ, false, null);
    }

    /** A form posting to {@code action}: a quiz of chosen questions, or a class quiz ({@code rules} not null). */
    public FormPage form(String topic, List<Question> questions, Map<String, String> answers, FieldErrors errors,
            Random random, String action, boolean chosen, ClassRules rules) {
        List<QuestionView> views = new ArrayList<>();
        for (Question q : questions) {
            List<ChoiceView> choices = new ArrayList<>();
            q.choices().forEach(c -> {
                boolean checked = c.id().equals(answers.get(q.id()));
                choices.add(new ChoiceView(c.id(), c.text(), checked, choiceHtml(q, c, checked)));
            });
            // Region letters stay in order (A, B, C): shuffled letters would only slow the reader down.
            if (!q.lettered()) {
                Collections.shuffle(choices, random);
            }
            String prefix = "q" + (views.size() + 1) + "-";
            views.add(new QuestionView(q.id(), q.text(), choices, figure(q, prefix), questions.size()));
        }
        String served = questions.stream().map(Question::id).collect(Collectors.joining(","));
        return new FormPage(topic == null ? null : content.topic(topic).orElse(null), topic == null ? "" : topic,
                views, served, errors, topicLinks(AppRoutes.QUIZ, topic), action, chosen,
                rules == null ? null : rules.label(), rules);
    }

    /**
     * A question's picture as HTML (rendered once per question and prefix, like the quiz form's), or null for a text
     * question; e.g. the instructors' question picker shows each question with its figure.
     */
    public String figure(Question q, String idPrefix) {
        return figures.computeIfAbsent(q.id() + " " + idPrefix, key -> Optional.ofNullable(figureHtml(q, idPrefix)))
                .orElse(null);
    }

    /** By question id, then choice id: looked up with the ids' cached hashes, no key built per request. */
    private RawString choiceHtml(Question q, Choice c, boolean checked) {
        RawString[] both = choiceHtml.computeIfAbsent(q.id(), id -> new ConcurrentHashMap<>())
                .computeIfAbsent(c.id(), id -> new RawString[] { renderChoice(q, c, false), renderChoice(q, c, true) });
        return both[checked ? 1 : 0];
    }

    private RawString renderChoice(Question q, Choice c, boolean checked) {
        return new RawString(choiceTemplate.data("questionId", q.id()).data("choiceId", c.id()).data("text", c.text())
                .data("checked", checked).render());
    }

    /**
     * The question's picture as HTML, or null. {@code idPrefix} keeps ids unique when one page shows the same figure
     * for two questions.
     */
    private String figureHtml(Question q, String idPrefix) {
        if (q.hotspot() != null) {
            // In a form of many questions a click on an image would submit the whole form: the letters stand in.
            Hotspot h = q.hotspot();
            return HotspotFigure.lettered(h, sonograms.get(h.request()).map(), idPrefix, h.imagePath())
                    + "\n<p class=\"hint\">Answer with a letter here: in a form of many questions, a click on the image"
                    + " would send the whole form. The <a href=\"" + AppRoutes.DRILLS + "\">image drills</a> let you"
                    + " click instead.</p>";
        }
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
        // The same for every request with this base and topic; the bank and content are fixed after start-up.
        return topicLinks.computeIfAbsent(base + "\n" + current, key -> buildTopicLinks(base, current));
    }

    private List<TopicLink> buildTopicLinks(String base, String current) {
        List<TopicLink> links = new ArrayList<>();
        for (String slug : bank.topics()) {
            Page page = content.topic(slug).orElseThrow();
            links.add(new TopicLink(slug, page.title(), bank.forTopic(slug).size(), base + "?topic=" + slug,
                    slug.equals(current)));
        }
        return List.copyOf(links);
    }

    public ResultPage result(QuizAttempt attempt) {
        return result(attempt, null, true);
    }

    /**
     * @param classQuiz    the class quiz the attempt was taken through, or null (an ordinary quiz, or a deleted class)
     * @param answersShown false while the class's instructor hides the right answers
     */
    public ResultPage result(QuizAttempt attempt, ClassQuiz classQuiz, boolean answersShown) {
        List<ResultItem> items = new ArrayList<>();
        for (QuizAnswer a : attempt.answers) {
            Optional<Question> now = bank.question(a.questionId);
            boolean changed = now.isPresent() && !(now.get().text().equals(a.questionText)
                    && now.get().correctChoice().text().equals(a.correctText));
            // The stored snapshot has no picture: show the question's figure as it is now, unless it was reworded.
            String figure = now.isPresent() && !changed ? figureHtml(now.get(), "r" + (a.position + 1) + "-") : null;
            items.add(new ResultItem(a.position + 1, a.questionText, a.outcome().name().toLowerCase(), a.chosenText,
                    a.correctText, a.explanation, a.whyOthersWrong, sectionLink(a.topic, a.section), now.isEmpty(),
                    changed, figure, a.questionId));
        }
        Page topic = attempt.topic == null ? null : content.topic(attempt.topic).orElse(null);
        String again = attempt.topic != null && !bank.forTopic(attempt.topic).isEmpty()
                ? AppRoutes.QUIZ + "?topic=" + attempt.topic : AppRoutes.QUIZ;
        String kind = attempt.topic != null ? "topic" : attempt.classCode != null ? "class" : attempt.chosen ? "chosen" : "mixed";
        String practiseAll = null;
        if (attempt.classCode != null) {
            // No "Try again" into the class: a second attempt would count in its results. The same questions outside it.
            again = null;
            practiseAll = practiseHref(attempt.answers.stream().map(a -> a.questionId));
        } else if (attempt.chosen) {
            String ids = attempt.answers.stream().map(a -> a.questionId).filter(id -> bank.question(id).isPresent())
                    .collect(Collectors.joining(","));
            again = ids.isEmpty() ? AppRoutes.QUIZ : AppRoutes.QUIZ + "?questions=" + ids;
        }
        // "Practise the questions you missed": the ones not right, still in the bank, in the order they came.
        List<String> missed = attempt.answers.stream().filter(a -> a.outcome() != GradedQuiz.Outcome.CORRECT)
                .map(a -> a.questionId).filter(id -> bank.question(id).isPresent()).limit(ClassQuiz.MAX_QUESTIONS).toList();
        // While a class hides its answers, which questions were missed is a hint to them: not offered.
        String practise = missed.isEmpty() || !answersShown ? null : practiseHref(missed.stream());
        double share = attempt.total == 0 ? 0 : (double) attempt.score / attempt.total;
        List<TopicScore> byTopic = byTopic(attempt.answers);
        return new ResultPage(attempt.publicId.toString(), LocalDate.ofInstant(attempt.takenAt, ZoneOffset.UTC), topic,
                attempt.score, attempt.total, share, items, again, byTopic, ScoreChart.svg(byTopic), kind, practise,
                missed.size(), practiseAll, classQuiz == null ? null : ClassRules.of(classQuiz), answersShown);
    }

    /** {@code /quiz?questions=a,b}: the ids still in the bank, at most a class quiz's worth; null when none is left. */
    private String practiseHref(java.util.stream.Stream<String> ids) {
        List<String> kept = ids.filter(id -> bank.question(id).isPresent()).limit(ClassQuiz.MAX_QUESTIONS).toList();
        return kept.isEmpty() ? null : AppRoutes.QUIZ + "?questions=" + String.join(",", kept);
    }

    /** The whole quiz first, then each topic in the site's reading order when the quiz spans more than one. */
    static List<TopicScore> byTopicOf(List<GradedQuiz.Outcome> outcomes, List<String> topics,
            Function<String, String> title, List<String> order) {
        List<TopicScore> scores = new ArrayList<>();
        scores.add(score("all", "All questions", outcomes));
        List<String> distinct = topics.stream().distinct()
                .sorted(Comparator.comparing((String t) -> order.indexOf(t) < 0 ? Integer.MAX_VALUE : order.indexOf(t)))
                .toList();
        if (distinct.size() > 1) {
            for (String t : distinct) {
                List<GradedQuiz.Outcome> mine = new ArrayList<>();
                for (int i = 0; i < topics.size(); i++) {
                    if (topics.get(i).equals(t)) {
                        mine.add(outcomes.get(i));
                    }
                }
                scores.add(score(t, title.apply(t), mine));
            }
        }
        return scores;
    }

    private List<TopicScore> byTopic(List<QuizAnswer> answers) {
        List<String> order = content.topics().stream().map(Page::slug).toList();
        return byTopicOf(answers.stream().map(QuizAnswer::outcome).toList(),
                answers.stream().map(a -> a.topic).toList(),
                slug -> content.topic(slug).map(Page::title).orElse(slug), order);
    }

    private static TopicScore score(String key, String title, List<GradedQuiz.Outcome> outcomes) {
        int right = (int) outcomes.stream().filter(o -> o == GradedQuiz.Outcome.CORRECT).count();
        int wrong = (int) outcomes.stream().filter(o -> o == GradedQuiz.Outcome.WRONG).count();
        return new TopicScore(key, title, right, wrong, outcomes.size() - right - wrong);
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
        // A stable sort: questions that tie keep the bank's order.
        rows.sort(WEAKEST_FIRST);
        return new StatsPage(topic == null ? null : content.topic(topic).orElse(null), rows, retired,
                topicLinks(AppRoutes.QUIZ_STATS, topic), StatsChart.svg(rows));
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
