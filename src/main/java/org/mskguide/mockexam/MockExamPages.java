package org.mskguide.mockexam;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.mskguide.content.Content;
import org.mskguide.content.Page;
import org.mskguide.quiz.GradedQuiz;
import org.mskguide.quiz.Question;
import org.mskguide.quiz.QuestionBank;
import org.mskguide.quiz.QuizPages;
import org.mskguide.web.FieldErrors;

/** Turns the blueprint, an attempt and stored results into the plain records the mock exam templates show. */
@ApplicationScoped
public class MockExamPages {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC on' d MMMM yyyy", Locale.ENGLISH);

    @Inject
    Content content;

    @Inject
    QuestionBank bank;

    @Inject
    QuizPages quizPages;

    /**
     * @param parts     each content area: its name and its share
     * @param total     questions an exam draws from this bank
     * @param wanted    the blueprint's number (more than {@code total} when an area's bank is too small)
     * @param minutes   the time limit
     */
    public record IntroPage(List<PartRow> parts, int total, int wanted, long minutes) {
    }

    /** @param percent the area's share of the exam, whole percent */
    public record PartRow(String area, String title, int wanted, int drawn, int available, int percent) {

        public boolean fewer() {
            return drawn < wanted;
        }
    }

    /**
     * The questions of an attempt, as a form; with {@code review} not null, the "Before you submit" step.
     *
     * @param deadlineMillis for the optional countdown script ({@code data-deadline})
     */
    public record ExamPage(String action, List<ExamQuestion> questions, String deadlineText, long deadlineMillis,
            long minutes, FieldErrors errors, Review review) {
    }

    public record ExamQuestion(int number, QuizPages.QuestionView view, boolean flagged, boolean answered) {
    }

    /** @param late the deadline has passed: a submit now is graded and marked late */
    public record Review(int answered, int total, List<ExamQuestion> unanswered, List<ExamQuestion> flagged,
            boolean late) {
    }

    /**
     * @param areas    the whole exam first, then each content area; the chart and the table are both drawn from it
     * @param sections where to read again: each section with a question not answered right, in the guide's order
     * @param quizzedTopics the topics the exam asked about, space-separated, for the reader's own progress marks
     */
    public record ResultPage(String id, int score, int total, boolean late, String startedText, String submittedText,
            long minutesTaken, List<AreaScore> areas, String chart, List<ReviewSection> sections, String quizzedTopics) {
    }

    /** @param missed questions of this section not answered right */
    public record ReviewSection(String areaTitle, QuizPages.Link link, int missed) {
    }

    public record StatsPage(long submitted, long late, List<AreaStat> areas) {
    }

    /** @param percentText "55% (20 of 36)", or "No answers yet" */
    public record AreaStat(String title, long answers, long right, String percentText) {
    }

    /** The guide's areas in reading order, each with its name ("Body regions"). */
    private Map<String, String> areaTitles() {
        Map<String, String> titles = new LinkedHashMap<>();
        content.topicGroups().forEach(g -> titles.put(g.area(), g.title()));
        return titles;
    }

    private String title(String area) {
        return areaTitles().getOrDefault(area, area);
    }

    public IntroPage intro(Blueprint blueprint) {
        List<Blueprint.Planned> plan = blueprint.plan(bank);
        int total = plan.stream().mapToInt(Blueprint.Planned::drawn).sum();
        List<PartRow> rows = new ArrayList<>();
        for (Blueprint.Planned p : plan) {
            rows.add(new PartRow(p.area(), title(p.area()), p.wanted(), p.drawn(), p.available(),
                    (int) Math.round(100.0 * p.drawn() / Math.max(1, total))));
        }
        return new IntroPage(rows, total, blueprint.wanted(), blueprint.timeLimit().toMinutes());
    }

    /**
     * @param token   the signed attempt, for the form's action
     * @param review  show the "Before you submit" summary
     * @param now     to say in the review whether the time is up
     */
    public ExamPage exam(String token, AttemptToken attempt, List<Question> questions, Map<String, String> answers,
            Set<String> flagged, FieldErrors errors, boolean review, Instant now) {
        // The same choice order at every step of one attempt: seeded by the attempt, not by the request.
        Random random = new Random(token.hashCode());
        List<QuizPages.QuestionView> views = quizPages.form(null, questions, answers, errors, random,
                "/mock-exam/attempt?t=" + token, true, null).questions();
        List<ExamQuestion> rows = new ArrayList<>();
        for (int i = 0; i < views.size(); i++) {
            String id = views.get(i).id();
            rows.add(new ExamQuestion(i + 1, views.get(i), flagged.contains(id), answers.containsKey(id)));
        }
        Review summary = !review ? null : new Review(answers.size(), rows.size(),
                rows.stream().filter(q -> !q.answered()).toList(), rows.stream().filter(ExamQuestion::flagged).toList(),
                attempt.lateAt(now));
        return new ExamPage("/mock-exam/attempt?t=" + token, rows, TIME.format(attempt.deadline().atZone(ZoneOffset.UTC)),
                attempt.deadline().toEpochMilli(), Duration.between(attempt.startedAt(), attempt.deadline()).toMinutes(),
                errors, summary);
    }

    public ResultPage result(MockExamAttempt attempt) {
        Map<String, String> titles = areaTitles();
        List<AreaScore> areas = AreaScore.of(attempt.answers.stream().map(a -> new AreaScore.Item(a.area, a.outcome))
                .toList(), List.copyOf(titles.keySet()), this::title);
        // Sections with a question not right, in the guide's reading order (topic order, then the page's headings).
        List<String> order = content.topics().stream().map(Page::slug).toList();
        Map<String, ReviewSection> sections = new LinkedHashMap<>();
        attempt.answers.stream().filter(a -> a.outcome != GradedQuiz.Outcome.CORRECT)
                .sorted(java.util.Comparator.comparingInt((MockExamAnswer a) -> order.indexOf(a.topic) < 0
                        ? Integer.MAX_VALUE : order.indexOf(a.topic)))
                .forEach(a -> {
                    QuizPages.Link link = quizPages.sectionLink(a.topic, a.section);
                    ReviewSection before = sections.get(link.href());
                    sections.put(link.href(), new ReviewSection(title(a.area), link, before == null ? 1 : before.missed() + 1));
                });
        return new ResultPage(attempt.publicId.toString(), attempt.score, attempt.total, attempt.late,
                TIME.format(attempt.startedAt.atZone(ZoneOffset.UTC)), TIME.format(attempt.submittedAt.atZone(ZoneOffset.UTC)),
                Duration.between(attempt.startedAt, attempt.submittedAt).toMinutes(), areas, AreaChart.svg(areas),
                List.copyOf(sections.values()),
                attempt.answers.stream().map(a -> a.topic).distinct().collect(Collectors.joining(" ")));
    }

    public StatsPage stats(long submitted, long late, List<MockExamAttempt.AreaTally> tallies) {
        Map<String, MockExamAttempt.AreaTally> byArea = tallies.stream()
                .collect(Collectors.toMap(MockExamAttempt.AreaTally::area, t -> t));
        List<String> areas = new ArrayList<>(areaTitles().keySet());
        tallies.stream().map(MockExamAttempt.AreaTally::area).filter(a -> !areas.contains(a)).forEach(areas::add);
        List<AreaStat> rows = areas.stream().map(a -> {
            MockExamAttempt.AreaTally t = byArea.getOrDefault(a, new MockExamAttempt.AreaTally(a, 0, 0));
            String text = t.answers() == 0 ? "No answers yet"
                    : Math.round(100.0 * t.right() / t.answers()) + "% (" + t.right() + " of " + t.answers() + ")";
            return new AreaStat(title(a), t.answers(), t.right(), text);
        }).toList();
        return new StatsPage(submitted, late, rows);
    }
}
