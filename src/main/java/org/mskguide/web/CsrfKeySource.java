package org.mskguide.web;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * Supplies a random CSRF signing key, for this process only, when none is configured AND the database
 * is embedded H2: an embedded database means exactly one instance, so no other instance needs to
 * accept this instance's tokens. This is what lets the README's run command work on a fresh clone.
 * With any other database (several instances on a shared PostgreSQL) nothing is generated and
 * {@link CsrfKeyCheck} stops the start-up until {@code QUARKUS_REST_CSRF_TOKEN_SIGNATURE_KEY} is set.
 * Registered in {@code META-INF/services/io.smallrye.config.ConfigSourceFactory}.
 */
public class CsrfKeySource implements ConfigSourceFactory {

    static final String KEY = "quarkus.rest-csrf.token-signature-key";
    /** Set to true when the key was generated here, so start-up can warn. */
    static final String GENERATED = "guide.csrf.key-generated";
    static final String JDBC_URL = "quarkus.datasource.jdbc.url";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue key = context.getValue(KEY);
        ConfigValue url = context.getValue(JDBC_URL);
        if (isSet(key) || !isEmbeddedH2(url.getValue())) {
            return List.of();
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return List.of(new PropertiesConfigSource(
                Map.of(KEY, HexFormat.of().formatHex(random), GENERATED, "true"),
                "generated per-process CSRF key (single H2 instance)", 50));
    }

    private static boolean isSet(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }

    /** {@code jdbc:h2:file:} or {@code jdbc:h2:mem:}, not an H2 server reached over TCP by several instances. */
    static boolean isEmbeddedH2(String url) {
        return url != null && url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:tcp:")
                && !url.startsWith("jdbc:h2:ssl:");
    }
}
