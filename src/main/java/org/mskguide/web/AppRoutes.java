package org.mskguide.web;

import java.util.Set;

/**
 * Paths served by code rather than by content files, one constant each. Content may link to the pages in
 * {@link #PATHS}, and the sitemap lists them; add a path here when a feature adds a page readers should find.
 */
public final class AppRoutes {

    public static final String QUIZ = "/quiz";
    public static final String ELIGIBILITY = "/eligibility";
    public static final String TOPICS = "/topics";
    public static final String ELIGIBILITY_QUESTIONS = ELIGIBILITY + "/questions";
    public static final String ELIGIBILITY_RESULT = ELIGIBILITY + "/result";
    public static final String ELIGIBILITY_PLANNER = ELIGIBILITY + "/planner";
    public static final String ELIGIBILITY_PLAN = ELIGIBILITY_PLANNER + "/result";
    /** The explorers: an index and one page each; a state is a query, e.g. {@code /explore/beam-angle?angle=10}. */
    public static final String EXPLORE = "/explore";
    public static final String EXPLORE_BEAM_ANGLE = "/explore/beam-angle";
    public static final String EXPLORE_NEEDLE = "/explore/needle";

    public static final Set<String> PATHS = Set.of(TOPICS, QUIZ, ELIGIBILITY, ELIGIBILITY_PLANNER, EXPLORE,
            EXPLORE_BEAM_ANGLE, EXPLORE_NEEDLE);

    private AppRoutes() {
    }
}
