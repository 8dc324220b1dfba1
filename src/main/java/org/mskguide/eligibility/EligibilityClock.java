package org.mskguide.eligibility;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.validation.ClockProvider;

/**
 * "Today" for the self-check, the planner and Bean Validation's {@code @PastOrPresent}: the real date, or the
 * day fixed by {@code guide.eligibility.today} so results are reproducible in tests.
 */
@Singleton
public class EligibilityClock implements ClockProvider {

    @Inject
    Instance<EligibilityConfig> config;

    private volatile Clock clock;

    // The validator factory asks for the clock while the application starts, before runtime configuration can
    // be read, and keeps it: it gets a clock that reads the setting on first use.
    private final Clock deferred = new Clock() {
        @Override
        public ZoneId getZone() {
            return resolved().getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return resolved().withZone(zone);
        }

        @Override
        public Instant instant() {
            return resolved().instant();
        }
    };

    @Override
    public Clock getClock() {
        return deferred;
    }

    private Clock resolved() {
        Clock current = clock;
        if (current == null) {
            ZoneId zone = ZoneId.systemDefault();
            current = config.get().today()
                    .map(day -> Clock.fixed(day.atStartOfDay(zone).toInstant(), zone))
                    .orElseGet(() -> Clock.system(zone));
            clock = current;
        }
        return current;
    }
}
