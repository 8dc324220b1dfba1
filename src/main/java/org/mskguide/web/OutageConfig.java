package org.mskguide.web;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the site answers while its database is down, see {@code web.error.ErrorMappers}. */
@ConfigMapping(prefix = "guide.outage")
public interface OutageConfig {

    /** Sent as {@code Retry-After} with the 503: how long readers are asked to wait before trying again. */
    @WithDefault("PT5S")
    Duration retryAfter();
}
