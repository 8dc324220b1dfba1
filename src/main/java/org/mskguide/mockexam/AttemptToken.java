package org.mskguide.mockexam;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.mskguide.study.Hmac;

/**
 * A mock exam in progress, as the reader's browser carries it: when it started, its deadline and the questions served,
 * signed with HMAC-SHA256. The server stores nothing until the answers are submitted; the signature is what stops a
 * reader from moving the deadline or swapping the questions. Token: {@code base64url(body) "." base64url(tag)}, body
 * {@code "1|<start epoch s>|<deadline epoch s>|<id>,<id>,..."}. Pure Java.
 * <p>
 * Example: {@code new AttemptToken.Codec(key).encode(new AttemptToken(start, start.plus(limit), ids))}.
 *
 * @param startedAt   when the questions were served
 * @param deadline    when the time is up; a later submit is graded and marked late
 * @param questionIds the questions in the order served
 */
public record AttemptToken(Instant startedAt, Instant deadline, List<String> questionIds) {

    /** The first field of every body; a token of another version is refused as outdated. */
    static final String VERSION = "1";

    public AttemptToken {
        questionIds = List.copyOf(questionIds);
    }

    /** Whether a submit at {@code now} came after the deadline. */
    public boolean lateAt(Instant now) {
        return now.isAfter(deadline);
    }

    /** Signs and checks tokens with one key. */
    public static final class Codec {

        /** Far more than a 50-question exam needs (ids are at most 100 characters); refused before any work. */
        static final int MAX_LENGTH = 20_000;

        private final byte[] key;

        public Codec(byte[] key) {
            if (key.length < 32) {
                throw new IllegalArgumentException("the mock exam key needs at least 32 bytes");
            }
            this.key = key.clone();
        }

        public String encode(AttemptToken token) {
            String body = VERSION + "|" + token.startedAt().getEpochSecond() + "|" + token.deadline().getEpochSecond()
                    + "|" + String.join(",", token.questionIds());
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
            return b64.encodeToString(bytes) + "." + b64.encodeToString(tag(bytes));
        }

        public AttemptToken decode(String token) throws InvalidAttempt {
            if (token == null || token.isBlank() || token.length() > MAX_LENGTH) {
                throw new InvalidAttempt(InvalidAttempt.Reason.MALFORMED);
            }
            int dot = token.indexOf('.');
            byte[] body;
            byte[] tag;
            try {
                body = Base64.getUrlDecoder().decode(token.substring(0, Math.max(dot, 0)));
                tag = Base64.getUrlDecoder().decode(token.substring(dot + 1));
            } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
                throw new InvalidAttempt(InvalidAttempt.Reason.MALFORMED);
            }
            if (dot < 0 || body.length == 0) {
                throw new InvalidAttempt(InvalidAttempt.Reason.MALFORMED);
            }
            if (!MessageDigest.isEqual(tag, tag(body))) {
                throw new InvalidAttempt(InvalidAttempt.Reason.TAMPERED);
            }
            String[] fields = new String(body, StandardCharsets.UTF_8).split("\\|", -1);
            if (!fields[0].equals(VERSION)) {
                throw new InvalidAttempt(InvalidAttempt.Reason.OUTDATED);
            }
            try {
                if (fields.length != 4 || fields[3].isEmpty()) {
                    throw new IllegalArgumentException("fields");
                }
                return new AttemptToken(Instant.ofEpochSecond(Long.parseLong(fields[1])),
                        Instant.ofEpochSecond(Long.parseLong(fields[2])), Arrays.asList(fields[3].split(",")));
            } catch (IllegalArgumentException | java.time.DateTimeException e) {
                // Only reachable with a valid signature, i.e. a bug in encode: still a clear refusal, never a 500.
                throw new InvalidAttempt(InvalidAttempt.Reason.MALFORMED);
            }
        }

        private byte[] tag(byte[] body) {
            return Hmac.sha256(key, body);
        }
    }
}
