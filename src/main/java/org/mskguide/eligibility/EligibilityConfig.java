package org.mskguide.eligibility;

import java.time.LocalDate;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** Settings of the self-check and planner. */
@ConfigMapping(prefix = "guide.eligibility")
public interface EligibilityConfig {

    /**
     * A fixed "today" for the self-check and planner. Empty in production (the real date); the tests fix it so that
     * dates such as "12 more studies at 6 a month: January 2027" are reproducible.
     */
    Optional<LocalDate> today();
}
