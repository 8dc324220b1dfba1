package org.mskguide.web;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Response headers that protect readers: see {@link SecurityHeaders}. */
@ConfigMapping(prefix = "guide.security")
public interface SecurityConfig {

    /**
     * Content-Security-Policy for every response. The site uses no script, no inline style and nothing
     * from other origins, so the policy can forbid all of that.
     */
    @WithDefault("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
    String contentSecurityPolicy();

    @WithDefault("strict-origin-when-cross-origin")
    String referrerPolicy();

    /** The site needs no device features: switch them all off. */
    @WithDefault("camera=(), microphone=(), geolocation=(), payment=(), usb=()")
    String permissionsPolicy();

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
