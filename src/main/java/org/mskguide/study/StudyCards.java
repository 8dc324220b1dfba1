package org.mskguide.study;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.mskguide.web.CsrfKey;

import io.quarkus.runtime.StartupEvent;

/**
 * The study card's signing key and "today", from configuration. Like the CSRF key ({@link CsrfKey}): every instance
 * must share the key ({@code GUIDE_STUDY_KEY}, at least 32 characters), so without one the application refuses to
 * start, except on embedded H2 (one process only), where a random key for this process is made with a warning (cards
 * then stop working at the next restart). Dev and test use public keys from application.properties.
 */
@ApplicationScoped
public class StudyCards {

    private static final Logger LOG = Logger.getLogger(StudyCards.class);

    static final String VARIABLE = "GUIDE_STUDY_KEY";
    static final int MIN_LENGTH = 32;

    @ConfigProperty(name = "guide.study.key")
    Optional<String> configured;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    Optional<String> jdbcUrl;

    /** Tests fix the day ({@code %test.guide.study.today}) so no test depends on the date it runs. */
    @ConfigProperty(name = "guide.study.today")
    Optional<LocalDate> fixedDay;

    private CardCodec codec;

    /** The configured (or random) key itself, kept only to derive keys for other signed tokens ({@link #keyFor}). */
    private byte[] key;

    private Clock clock;

    @PostConstruct
    void init() {
        String problem = problem(configured, jdbcUrl.orElse(null));
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
        byte[] key;
        if (configured.isPresent()) {
            key = configured.get().getBytes(StandardCharsets.UTF_8);
        } else {
            key = new byte[32];
            new SecureRandom().nextBytes(key);
            LOG.warnf("No study card key configured: using a random key for this process only, so study cards stop "
                    + "working when it restarts. Set %s (the same secret of at least %d characters on every instance).",
                    VARIABLE, MIN_LENGTH);
        }
        this.key = key.clone();
        codec = new CardCodec(key);
        clock = fixedDay.map(d -> Clock.fixed(d.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC))
                .orElse(Clock.systemUTC());
    }

    /** Checked at start-up, not at the first card: a missing key is found when deploying, not by a reader. */
    void onStart(@Observes StartupEvent event) {
        codec();
    }

    /** Why the application must not start with this key and database, or null when it may. */
    static String problem(Optional<String> key, String jdbcUrl) {
        if (key.isPresent() && key.get().length() < MIN_LENGTH) {
            return "The study card key (" + VARIABLE + ") must have at least " + MIN_LENGTH + " characters.";
        }
        if (key.isEmpty() && !CsrfKey.isEmbeddedH2(jdbcUrl)) {
            return "No study card key. Set " + VARIABLE + " to a secret of at least " + MIN_LENGTH
                    + " characters, the same on every instance (e.g. openssl rand -hex 32).";
        }
        return null;
    }

    public CardCodec codec() {
        return codec;
    }

    /**
     * A key of its own for another kind of signed token (e.g. the mock exam's attempt), derived from the study key as
     * HMAC-SHA256(key, purpose): one secret to configure, and a token of one kind never verifies as another.
     */
    public byte[] keyFor(String purpose) {
        return Hmac.sha256(key, purpose.getBytes(StandardCharsets.UTF_8));
    }

    /** Today in UTC. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
