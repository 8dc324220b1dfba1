package org.mskguide.web;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The security header that depends on the request (HSTS): see {@link SecurityHeaders}. The fixed ones are
 * {@code quarkus.http.header.*} settings in {@code application.properties}.
 */
@ConfigMapping(prefix = "guide.security")
public interface SecurityConfig {

    /** Strict-Transport-Security (HSTS). */
    Hsts hsts();

    interface Hsts {

        /**
         * {@code HTTPS}: send HSTS only on requests that arrived over HTTPS, directly or through a trusted
         * proxy that says so (X-Forwarded-Proto, see {@code quarkus.http.proxy.*}); {@code ALWAYS}: on every
         * response (when TLS ends at a proxy that does not forward the scheme); {@code OFF}: never.
         */
        @WithDefault("HTTPS")
        HstsMode mode();

        @WithDefault("P365D")
        Duration maxAge();

        @WithDefault("true")
        boolean includeSubdomains();
    }

    enum HstsMode {
        HTTPS, ALWAYS, OFF
    }
}
