package org.mskguide.quiz;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Quiz settings ({@code guide.quiz.*}). */
@ConfigMapping(prefix = "guide.quiz")
public interface QuizConfig {

    /** Questions in the mixed quiz at {@code /quiz}; 8 gives one per topic today. */
    @WithDefault("8")
    int size();

    /**
     * Fixes the draw and the order of choices (each request starts from this seed), so that a test or a benchmark
     * gets the same page bytes every time. Unset in production: every reader gets a fresh draw.
     */
    Optional<Long> seed();
}
