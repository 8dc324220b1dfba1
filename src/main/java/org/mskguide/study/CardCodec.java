package org.mskguide.study;

import java.io.ByteArrayOutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A study card as a short token for a link: base64url (no padding) of
 * {@code version (1 byte) | count (2 bytes) | per question: id length (1 byte), id (UTF-8), box (1 byte), due day (4
 * bytes, days since 1970-01-01) | HMAC-SHA256 of everything before it, first 16 bytes}. A compact binary keeps a card
 * of dozens of questions short enough for a bookmark; the signature means a reader cannot move a question to box 5 by
 * hand. Pure Java, tested without Quarkus.
 */
public final class CardCodec {

    /** The first byte of every card. Change it when the layout changes; older cards are then refused as outdated. */
    public static final byte VERSION = 1;

    /** 128 bits of the HMAC: plenty against forgery, and half the length of the full tag. */
    static final int TAG_LENGTH = 16;

    /** Question ids are at most 100 characters (QuestionBankLoader); a card holds at most this many questions. */
    public static final int MAX_QUESTIONS = 500;

    private final byte[] key;

    public CardCodec(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("the study card key needs at least 32 bytes");
        }
        this.key = key.clone();
    }

    public String encode(StudyCard card) {
        if (card.entries().size() > MAX_QUESTIONS) {
            throw new IllegalArgumentException("a card holds at most " + MAX_QUESTIONS + " questions");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(VERSION);
        writeShort(out, card.entries().size());
        for (Map.Entry<String, StudyCard.Entry> e : card.entries().entrySet()) {
            byte[] id = e.getKey().getBytes(StandardCharsets.UTF_8);
            if (id.length == 0 || id.length > 255) {
                throw new IllegalArgumentException("question id too long for a card: " + e.getKey());
            }
            out.write(id.length);
            out.writeBytes(id);
            out.write(e.getValue().box());
            int day = Math.toIntExact(e.getValue().dueDay());
            writeShort(out, day >>> 16);
            writeShort(out, day & 0xFFFF);
        }
        byte[] body = out.toByteArray();
        out.writeBytes(tag(body));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    public StudyCard decode(String token) throws InvalidCard {
        if (token == null || token.isBlank() || token.length() > 40_000) {
            throw new InvalidCard(InvalidCard.Reason.MALFORMED);
        }
        byte[] all;
        try {
            all = Base64.getUrlDecoder().decode(token.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidCard(InvalidCard.Reason.MALFORMED);
        }
        if (all.length < 1 + 2 + TAG_LENGTH) {
            throw new InvalidCard(InvalidCard.Reason.MALFORMED);
        }
        // The version first: a card from another layout is "outdated", not "tampered", whatever its signature.
        if (all[0] != VERSION) {
            throw new InvalidCard(InvalidCard.Reason.OUTDATED);
        }
        byte[] body = Arrays.copyOf(all, all.length - TAG_LENGTH);
        byte[] tag = Arrays.copyOfRange(all, all.length - TAG_LENGTH, all.length);
        if (!MessageDigest.isEqual(tag, tag(body))) {
            throw new InvalidCard(InvalidCard.Reason.TAMPERED);
        }
        try {
            ByteBuffer in = ByteBuffer.wrap(body, 1, body.length - 1);
            int count = Short.toUnsignedInt(in.getShort());
            Map<String, StudyCard.Entry> entries = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                byte[] id = new byte[Byte.toUnsignedInt(in.get())];
                in.get(id);
                int box = in.get();
                long due = in.getInt();
                entries.put(new String(id, StandardCharsets.UTF_8), new StudyCard.Entry(box, due));
            }
            if (in.hasRemaining()) {
                throw new InvalidCard(InvalidCard.Reason.MALFORMED);
            }
            return new StudyCard(entries);
        } catch (BufferUnderflowException | IllegalArgumentException e) {
            // Only reachable with a valid signature, i.e. a bug in encode: still a clear refusal, never a 500.
            throw new InvalidCard(InvalidCard.Reason.MALFORMED);
        }
    }

    private byte[] tag(byte[] body) {
        return Arrays.copyOf(Hmac.sha256(key, body), TAG_LENGTH);
    }

    private static void writeShort(ByteArrayOutputStream out, int value) {
        out.write((value >>> 8) & 0xFF);
        out.write(value & 0xFF);
    }
}
