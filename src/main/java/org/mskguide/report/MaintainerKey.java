package org.mskguide.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.regex.Pattern;

import org.mskguide.instructors.ClassSecrets;

/**
 * The maintainers' secret for the list of reports: the configuration holds only its SHA-256 hash
 * ({@code guide.reports.key-hash}), and a key is let in only when its hash matches, compared in constant time. As for
 * class results, one round of SHA-256 is enough because the key is a long random string, not a password a person chose.
 * With no hash configured nobody is let in. Pure Java.
 * Usage: {@code MaintainerKey.fromConfig(config.keyHash()).admits(key)}.
 */
public final class MaintainerKey {

    /** At least 32 base64url characters (192 random bits, as {@code openssl rand -base64 24} gives, with - and _). */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{32,256}");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private final String hash;

    private MaintainerKey(String hash) {
        this.hash = hash;
    }

    /**
     * The key check for the configured hash.
     *
     * @throws IllegalArgumentException when a hash is configured but is not 64 lowercase hex characters: a typo in the
     *                                  setting must stop the start, not lock the maintainers out without a word
     */
    public static MaintainerKey fromConfig(Optional<String> configuredHash) {
        if (configuredHash.isEmpty() || configuredHash.get().isBlank()) {
            return new MaintainerKey(null);
        }
        String hash = configuredHash.get().strip();
        if (!HASH.matcher(hash).matches()) {
            throw new IllegalArgumentException("guide.reports.key-hash must be the SHA-256 of the maintainers' key as "
                    + "64 lowercase hex characters (printf %s \"$KEY\" | sha256sum), not the key itself");
        }
        return new MaintainerKey(hash);
    }

    /** Whether a key may see the reports: a configured hash, a key of the right shape, and the hashes equal. */
    public boolean admits(String key) {
        if (hash == null || key == null || !KEY.matcher(key).matches()) {
            return false;
        }
        return MessageDigest.isEqual(ClassSecrets.hash(key).getBytes(StandardCharsets.US_ASCII),
                hash.getBytes(StandardCharsets.US_ASCII));
    }

    /** False when no hash is configured: the page then admits nobody (said once in the log at start). */
    public boolean isConfigured() {
        return hash != null;
    }
}
