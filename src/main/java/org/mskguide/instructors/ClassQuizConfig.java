package org.mskguide.instructors;

import java.time.LocalDate;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Class quiz settings ({@code guide.class-quiz.*}). */
@ConfigMapping(prefix = "guide.class-quiz")
public interface ClassQuizConfig {

    /**
     * Days a class quiz and its attempts are kept after it was created; then the clean-up job deletes them. A school
     * year and a re-sit fit in 400 days; the results page states the period.
     */
    @WithDefault("400")
    int retentionDays();

    /** When the clean-up job runs (a Quarkus cron expression). */
    @WithDefault("0 17 3 * * ?")
    String purgeCron();

    /**
     * A fixed "today" (UTC) for tests; unset in production, where the clock decides. Read by
     * {@link org.mskguide.quiz.ClassCalendar}: declared here too so the mapping knows every key under its prefix.
     */
    Optional<LocalDate> today();
}
