package org.mskguide.web;

import java.util.Set;

/**
 * Paths served by code rather than by content files. Content may link to these, and the sitemap lists
 * them; add a path here when a feature adds a page readers should find.
 */
public final class AppRoutes {

    public static final String QUIZ = "/quiz";
    public static final String ELIGIBILITY = "/eligibility";
    public static final String TOPICS = "/topics";
    public static final String ELIGIBILITY_PLANNER = "/eligibility/planner";
    /** The explorers: an index and one page each; a state is a query, e.g. {@code /explore/beam-angle?angle=10}. */
    public static final String EXPLORE = "/explore";
    public static final String EXPLORE_BEAM_ANGLE = "/explore/beam-angle";
    public static final String EXPLORE_NEEDLE = "/explore/needle";

    /** The instructors' kit, and its form to set up a class quiz. */
    public static final String INSTRUCTORS = "/instructors";
    public static final String CLASS_QUIZ_NEW = "/instructors/class-quizzes/new";

    public static final Set<String> PATHS = Set.of(TOPICS, QUIZ, ELIGIBILITY, ELIGIBILITY_PLANNER, EXPLORE,
            EXPLORE_BEAM_ANGLE, EXPLORE_NEEDLE, INSTRUCTORS, CLASS_QUIZ_NEW);

    private AppRoutes() {
    }
}
