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

    public static final Set<String> PATHS = Set.of(TOPICS, QUIZ, ELIGIBILITY, ELIGIBILITY_PLANNER);

    private AppRoutes() {
    }
}
