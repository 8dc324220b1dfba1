package org.mskguide.quiz;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How quiz attempts are written ({@code guide.attempts.*}), see {@link AttemptWriter}. */
@ConfigMapping(prefix = "guide.attempts")
public interface AttemptsConfig {

    /** Attempts waiting for the writer at most; one more gets a 503 with {@code Retry-After} at once. */
    @WithDefault("1000")
    int queueCapacity();

    /** Attempts stored in one transaction at most. */
    @WithDefault("200")
    int maxBatch();

    /**
     * How long an attempt may wait for the writer to take it; past that the request withdraws it (nothing stored) and
     * answers 503. Together with the longest a batch can take (bounded by the pool's and the driver's timeouts), this
     * keeps every answer within 1.5 s, even while the database is down or restarting.
     */
    @WithDefault("PT0.4S")
    Duration queueWait();
}
