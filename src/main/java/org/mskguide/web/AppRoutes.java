package org.mskguide.web;

import java.util.Set;

/**
 * Paths served by code rather than by content files, one constant each. Content may link to the pages in
 * {@link #PATHS}, and the sitemap lists them; add a path here when a feature adds a page readers should find.
 */
public final class AppRoutes {

    public static final String QUIZ = "/quiz";
    /** A stored result: {@code QUIZ_RESULTS + id}. */
    public static final String QUIZ_RESULTS = QUIZ + "/results/";
    public static final String QUIZ_STATS = QUIZ + "/stats";
    /** A class quiz for students: the form at {@code QUIZ_CLASS + "?code="}, the short link {@code QUIZ_CLASS + "/" + code}. */
    public static final String QUIZ_CLASS = QUIZ + "/class";
    public static final String ELIGIBILITY = "/eligibility";
    public static final String TOPICS = "/topics";
    /** The credential route finder's answer: {@code ELIGIBILITY_ROUTE + "?profession=nurse"}. */
    public static final String ELIGIBILITY_ROUTE = ELIGIBILITY + "/route";
    public static final String ELIGIBILITY_QUESTIONS = ELIGIBILITY + "/questions";
    public static final String ELIGIBILITY_RESULT = ELIGIBILITY + "/result";
    public static final String ELIGIBILITY_PLANNER = ELIGIBILITY + "/planner";
    public static final String ELIGIBILITY_PLAN = ELIGIBILITY_PLANNER + "/result";
    /** The explorers: an index and one page each; a state is a query, e.g. {@code /explore/beam-angle?angle=10}. */
    public static final String EXPLORE = "/explore";
    public static final String EXPLORE_BEAM_ANGLE = "/explore/beam-angle";
    public static final String EXPLORE_NEEDLE = "/explore/needle";
    public static final String EXPLORE_KNOBOLOGY = "/explore/knobology";
    /** "Find it" and "classify it" drills on simulated images (package drill): {@code /drills/find-it/{id}}. */
    public static final String DRILLS = "/drills";

    /** The instructors' kit, and its form to set up a class quiz. */
    public static final String INSTRUCTORS = "/instructors";
    public static final String CLASS_QUIZ_NEW = "/instructors/class-quizzes/new";

    /** Question bank downloads for learning platforms; its form links the printable handouts. */
    public static final String INSTRUCTORS_EXPORT = "/instructors/export";

    /** Printable handouts and quizzes: content may link them; noindex, so not in the sitemap. */
    public static final String PRINT_TOPICS = "/print/topics";
    public static final String PRINT_QUIZ = "/print/quiz";
    /** "Cite this page": per request, with today's access date; noindex. */
    public static final String CITE = "/cite";

    /** "Report a mistake": the form (content may link it for a report about the guide in general); noindex. */
    public static final String REPORT = "/report";

    /** The joint scanning protocols (package protocol): the list and one page per joint, which topics link to. */
    public static final String PROTOCOLS = "/protocols";
    public static final Set<String> PROTOCOL_PAGES = Set.of(PROTOCOLS, PROTOCOLS + "/shoulder", PROTOCOLS + "/elbow",
            PROTOCOLS + "/wrist-and-hand", PROTOCOLS + "/hip", PROTOCOLS + "/knee", PROTOCOLS + "/ankle-and-foot",
            PROTOCOLS + "/scanning-log");

    /** The reader's study card (package study): without a card, how to get one; noindex (a per-reader page). */
    public static final String STUDY = "/study";

    /** The timed mock exam (package mockexam): what it is and its start button; attempts and results are per reader. */
    public static final String MOCK_EXAM = "/mock-exam";
    /** How many mock exams were submitted, and the share right by area. */
    public static final String MOCK_EXAM_STATS = MOCK_EXAM + "/stats";

    public static final Set<String> PATHS = java.util.stream.Stream.concat(Set.of(TOPICS, QUIZ, ELIGIBILITY,
            ELIGIBILITY_PLANNER, EXPLORE, EXPLORE_BEAM_ANGLE, EXPLORE_NEEDLE, EXPLORE_KNOBOLOGY, DRILLS, INSTRUCTORS,
            CLASS_QUIZ_NEW, INSTRUCTORS_EXPORT, PRINT_TOPICS, PRINT_QUIZ, CITE, REPORT, STUDY, MOCK_EXAM,
            MOCK_EXAM_STATS).stream(), PROTOCOL_PAGES.stream())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Paths in {@link #PATHS} that are marked noindex (they repeat other pages), so the sitemap leaves them out. */
    public static final Set<String> NOINDEX = Set.of(PRINT_TOPICS, PRINT_QUIZ, CITE, REPORT, STUDY);

    private AppRoutes() {
    }
}
