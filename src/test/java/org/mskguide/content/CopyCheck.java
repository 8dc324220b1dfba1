package org.mskguide.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds runs of {@value #RUN} or more words that our text shares with a source. The source itself is not kept in
 * the repository: only hashes of its {@value #RUN}-word runs ("shingles"), made once with {@link #main}, so the
 * check can run on a fresh clone without a copy of someone else's article.
 * <p>
 * Regenerate after a source changes: {@code java -cp target/test-classes org.mskguide.content.CopyCheck
 * ../shared/seeds/msk-ultrasound-overview.txt src/test/resources/copycheck/seed-article.sha256}
 */
public final class CopyCheck {

    /** The shortest shared run that counts as copying (the project's rule: no run of 8 or more words). */
    public static final int RUN = 8;

    private static final Pattern WORD = Pattern.compile("[a-z0-9]+(?:['’][a-z]+)?");

    private CopyCheck() {
    }

    /** The words of a text, lowercased, punctuation dropped: "It's a Tendon." gives [it's, a, tendon]. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\''));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** Every run of {@value #RUN} consecutive words, as text. */
    public static List<String> runs(String text) {
        List<String> words = words(text);
        List<String> runs = new ArrayList<>();
        for (int i = 0; i + RUN <= words.size(); i++) {
            runs.add(String.join(" ", words.subList(i, i + RUN)));
        }
        return runs;
    }

    /** The hash stored for one run: the first 16 hex digits of its SHA-256. */
    public static String hash(String run) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(run.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The runs of {@code text} whose hash is in {@code sourceHashes}: the copied passages, in reading order. */
    public static List<String> copiedRuns(String text, Set<String> sourceHashes) {
        return runs(text).stream().filter(r -> sourceHashes.contains(hash(r))).toList();
    }

    /** Reads a hash file: one hash a line, {@code #} lines are comments. */
    public static Set<String> readHashes(Path file) throws IOException {
        Set<String> hashes = new LinkedHashSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                hashes.add(line.trim());
            }
        }
        return hashes;
    }

    /** Writes the hash file for a source text: {@code CopyCheck <source.txt> <out.sha256>}. */
    public static void main(String[] args) throws IOException {
        String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        Set<String> hashes = new LinkedHashSet<>();
        runs(text).forEach(r -> hashes.add(hash(r)));
        List<String> lines = new ArrayList<>();
        lines.add("# Hashes of every " + RUN + "-word run of the article this guide started from (\"What is MSK ultrasound?\",");
        lines.add("# ultrasounddegree.com). Made by org.mskguide.content.CopyCheck; the article itself is not stored here.");
        lines.addAll(hashes);
        Files.write(Path.of(args[1]), lines, StandardCharsets.UTF_8);
    }
}
