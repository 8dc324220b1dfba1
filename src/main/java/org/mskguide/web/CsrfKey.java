package org.mskguide.web;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.vertx.http.security.CSRF;
import io.quarkus.vertx.http.security.HttpSecurity;

/**
 * The key that signs CSRF tokens. Every instance must use the same secret, or a form served by one
 * instance is refused by the next, so there is no default: without
 * {@code QUARKUS_REST_CSRF_TOKEN_SIGNATURE_KEY} the application refuses to start. One exception keeps
 * the README's run command working on a fresh clone: on embedded H2 there can only be one instance, so
 * a random key is made for this process (at start-up, never at build time, so no key is baked into the
 * jar) and a warning says how to set a real one.
 */
@Singleton
public class CsrfKey {

    private static final Logger LOG = Logger.getLogger(CsrfKey.class);

    static final String VARIABLE = "QUARKUS_REST_CSRF_TOKEN_SIGNATURE_KEY";
    static final int MIN_LENGTH = 32;

    @ConfigProperty(name = "quarkus.rest-csrf.token-signature-key")
    Optional<String> configured;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    Optional<String> jdbcUrl;

    void configure(@Observes HttpSecurity http) {
        String problem = problem(configured, jdbcUrl.orElse(null));
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
        if (configured.isEmpty()) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            http.csrf(CSRF.builder().tokenSignatureKey(HexFormat.of().formatHex(random)).build());
            LOG.warnf("No CSRF signing key configured: using a random key for this process only (fine for one "
                    + "instance on embedded H2). Set %s (the same secret of at least %d characters on every instance) "
                    + "to run several instances.", VARIABLE, MIN_LENGTH);
        }
    }

    /** Why the application must not start with this key and database, or null when it may. */
    static String problem(Optional<String> key, String jdbcUrl) {
        if (key.isPresent() && key.get().length() < MIN_LENGTH) {
            return "The CSRF signing key (" + VARIABLE + ") must have at least " + MIN_LENGTH + " characters.";
        }
        if (key.isEmpty() && !isEmbeddedH2(jdbcUrl)) {
            return "No CSRF signing key. Set " + VARIABLE + " to a secret of at least " + MIN_LENGTH
                    + " characters, the same on every instance (e.g. openssl rand -hex 32).";
        }
        return null;
    }

    /** {@code jdbc:h2:file:} or {@code jdbc:h2:mem:}: one process only, unlike an H2 server reached over TCP. */
    public static boolean isEmbeddedH2(String url) {
        return url != null && url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:tcp:")
                && !url.startsWith("jdbc:h2:ssl:");
    }
}
