package org.mskguide.web;

import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to start without a CSRF signing key: every instance must sign form tokens with the same
 * secret key, or a form served by one instance is rejected by the next. There is deliberately no
 * default secret; see {@link CsrfKeySource} for the single-instance exception.
 */
@Singleton
public class CsrfKeyCheck {

    private static final Logger LOG = Logger.getLogger(CsrfKeyCheck.class);

    static final int MIN_LENGTH = 32;

    @ConfigProperty(name = CsrfKeySource.KEY)
    Optional<String> key;

    @ConfigProperty(name = CsrfKeySource.GENERATED, defaultValue = "false")
    boolean generated;

    void check(@Observes StartupEvent start) {
        String problem = problem(key, generated);
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
        if (generated) {
            LOG.warn("No CSRF signing key configured: using a random key for this process only (fine for one "
                    + "instance on embedded H2). Set QUARKUS_REST_CSRF_TOKEN_SIGNATURE_KEY (the same secret of at "
                    + "least " + MIN_LENGTH + " characters on every instance) to run several instances.");
        }
    }

    /** Why the key is unusable, or null when it is fine. */
    static String problem(Optional<String> key, boolean generated) {
        if (key.isEmpty() || key.get().isBlank()) {
            return "No CSRF signing key. Set QUARKUS_REST_CSRF_TOKEN_SIGNATURE_KEY to a secret of at least "
                    + MIN_LENGTH + " characters, the same on every instance (e.g. openssl rand -hex 32).";
        }
        if (key.get().length() < MIN_LENGTH) {
            return "The CSRF signing key (QUARKUS_REST_CSRF_TOKEN_SIGNATURE_KEY) must have at least " + MIN_LENGTH
                    + " characters.";
        }
        return null;
    }
}
