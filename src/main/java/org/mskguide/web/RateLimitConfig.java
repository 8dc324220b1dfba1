package org.mskguide.web;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * A light limit on form and API submissions per client address, see {@link RateLimiter}. Behind a proxy
 * the client address is the proxy's unless {@code quarkus.http.proxy.*} is set to trust its
 * X-Forwarded-For header.
 */
@ConfigMapping(prefix = "guide.rate-limit")
public interface RateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    /**
     * Submissions one address may make within {@link #period()}; a person taking the quiz needs a few
     * a minute at most, a class behind one school address a few dozen.
     */
    @WithDefault("60")
    int requests();

    @WithDefault("PT1M")
    Duration period();

    /** Addresses remembered at once (oldest forgotten first): bounds memory under a flood. */
    @WithDefault("100000")
    long maxClients();
}
