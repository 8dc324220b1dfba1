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
     * How long an attempt waits for the writer to take it before its request looks at the writer's health: when the
     * writer is in trouble (its last batch failed, or its current batch has run past {@link #stalledAfter()}) the
     * request withdraws the attempt (never stored) and answers 503. A healthy but slow writer is waited for (at most
     * 5 s). While the database is down an attempt answers within this plus one batch (at most the pool's 1 s
     * acquisition timeout): within 1.5 s.
     */
    @WithDefault("PT0.2S")
    Duration queueWait();

    /** A batch running longer than this counts as stalled: attempts queued behind it past queue-wait withdraw. */
    @WithDefault("PT1S")
    Duration stalledAfter();
}
