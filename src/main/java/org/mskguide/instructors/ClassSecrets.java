package org.mskguide.instructors;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The two random strings a class quiz gets: the student code ({@code /quiz/class/{code}}) and the instructor's private
 * results key. Only the key's SHA-256 hash is stored: a single round of SHA-256 is enough here because the key is 192
 * random bits, not a password a person chose, so there is nothing to guess from a dictionary. Pure Java.
 * Usage: {@code String key = ClassSecrets.newKey(random); String stored = ClassSecrets.hash(key);}
 */
public final class ClassSecrets {

    /** RFC 4648 base32 in lower case: no 0/1/8/9, so a code read aloud or copied by hand is not misread as o/l/b/g. */
    static final String BASE32 = "abcdefghijklmnopqrstuvwxyz234567";

    /** 10 base32 characters: 50 random bits, short enough to type from a slide and far too many to try. */
    public static final int CODE_LENGTH = 10;

    /** 24 random bytes (192 bits, above the 128 asked for), written as 32 base64url characters. */
    static final int KEY_BYTES = 24;

    private static final Pattern CODE = Pattern.compile("[a-z2-7]{" + CODE_LENGTH + "}");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{32}");

    private ClassSecrets() {
    }

    public static String newCode(SecureRandom random) {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(BASE32.charAt(random.nextInt(BASE32.length())));
        }
        return code.toString();
    }

    public static String newKey(SecureRandom random) {
        byte[] bytes = new byte[KEY_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The SHA-256 of the key as 64 lowercase hex characters: what the database keeps. */
    public static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * Whether {@code key} is the key behind {@code storedHash}. The hashes are compared in constant time
     * ({@link MessageDigest#isEqual}), so the time taken says nothing about how close a guess was.
     */
    public static boolean matches(String key, String storedHash) {
        if (key == null || storedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(hash(key).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    /** Whether a string has the shape of a code; anything else is refused before the database is asked. */
    public static boolean isCodeShaped(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    public static boolean isKeyShaped(String key) {
        return key != null && KEY.matcher(key).matches();
    }
}
