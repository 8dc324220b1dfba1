package org.mskguide.quiz;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * "Today" for class quizzes, in UTC: whether a class is still open, and so whether its answers may be shown. Tests fix
 * the day with {@code guide.class-quiz.today}, so no test depends on the date it runs. One bean for the students'
 * pages and the instructors' pages, so both always agree on whether a class is open.
 */
@ApplicationScoped
public class ClassCalendar {

    @ConfigProperty(name = "guide.class-quiz.today")
    Optional<LocalDate> fixed;

    Clock clock = Clock.systemUTC();

    public LocalDate today() {
        return fixed.orElseGet(() -> LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    }
}
