package org.mskguide.quiz;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.NewCookie;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mskguide.web.AppRoutes;
import org.mskguide.web.SiteConfig;

/**
 * The "this browser has sent its answers" cookie of a class quiz that allows one attempt per browser: one cookie per
 * class ({@code class-<code>}), holding the attempt's public id and an HMAC-SHA256 over the class code and that id, so
 * a value made up or copied from another class is ignored. HttpOnly (no script reads it), SameSite=Lax (sent when a
 * student follows the link from a course page), Secure when the site is served over HTTPS, path {@code /quiz}. It is a
 * deterrent, not identity: a second browser, a private window or a cleared cookie gets in again, and the pages say so.
 * Signed with the CSRF signing secret (every instance shares it), else with a random key for this process (a single
 * embedded-H2 instance, as CsrfKey allows). Usage: {@code cookies.sentFrom(quiz.code, headers.getCookies())}.
 */
@Singleton
public class ClassCookies {

    /** Browsers keep a cookie at most 400 days (RFC 6265bis); the class itself is deleted after its retention period. */
    static final int MAX_AGE_SECONDS = 400 * 24 * 60 * 60;

    private static final String PREFIX = "class-";

    @ConfigProperty(name = "quarkus.rest-csrf.token-signature-key")
    Optional<String> secret;

    @Inject
    SiteConfig site;

    private byte[] key;

    /** The cookie's name for a class, e.g. {@code class-abcdefgh23}. */
    public static String name(String code) {
        return PREFIX + code;
    }

    /** The cookie to set after an attempt through {@code code} was stored. */
    public NewCookie issue(String code, UUID attempt) {
        return new NewCookie.Builder(name(code))
                .value(value(key(), code, attempt))
                .path(AppRoutes.QUIZ)
                .maxAge(MAX_AGE_SECONDS)
                .httpOnly(true)
                .secure(site.baseUrl().startsWith("https:"))
                .sameSite(NewCookie.SameSite.LAX)
                .build();
    }

    /** The attempt this browser sent through {@code code}, when it holds a valid cookie for that class. */
    public Optional<UUID> sentFrom(String code, Map<String, Cookie> cookies) {
        Cookie cookie = cookies.get(name(code));
        return cookie == null ? Optional.empty() : verify(key(), code, cookie.getValue());
    }

    /** {@code <attempt id>.<base64url HMAC>}: pure, so the test can forge and alter values. */
    static String value(byte[] key, String code, UUID attempt) {
        return attempt + "." + mac(key, code, attempt.toString());
    }

    static Optional<UUID> verify(byte[] key, String code, String value) {
        if (value == null) {
            return Optional.empty();
        }
        int dot = value.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String id = value.substring(0, dot);
        byte[] expected = mac(key, code, id).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, value.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String mac(byte[] key, String code, String attempt) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            // The purpose in the message keeps this MAC apart from anything else signed with the same secret.
            byte[] tag = mac.doFinal(("class-attempt|" + code + "|" + attempt).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    @PostConstruct
    void init() {
        key = secret.map(s -> s.getBytes(StandardCharsets.UTF_8)).orElseGet(() -> {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            return random;
        });
    }

    private byte[] key() {
        return key;
    }
}
