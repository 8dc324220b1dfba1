package org.mskguide.quiz;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Quiz settings ({@code guide.quiz.*}). */
@ConfigMapping(prefix = "guide.quiz")
public interface QuizConfig {

    /** Questions in the mixed quiz at {@code /quiz}; 8 gives one per topic today. */
    @WithDefault("8")
    int size();
}
