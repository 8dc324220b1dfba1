package org.mskguide.content;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The content as {@link ContentCompiler} left it at build time: validated, facts inserted, markdown, figures and
 * simulated images rendered. Reading it costs a few tens of milliseconds where loading the folder costs seconds.
 * It carries a fingerprint of the folder it was made from, so a copy made from other content (an IDE that compiled
 * without Maven's {@code process-classes}) is never served: {@link #readIfCurrent} then answers empty.
 * Plain Java. Usage: {@code CompiledContent.readIfCurrent(root).orElseGet(() -> loader.load(root))}.
 */
public final class CompiledContent {

    /** Where the build puts it: on the classpath, next to the packaged {@code content/}. */
    public static final String RESOURCE = "compiled/content.ser";

    // Only the content records and the JDK types they hold: the file comes from our own jar, but a filter costs
    // nothing and makes the stream unable to build anything else.
    private static final ObjectInputFilter ONLY_CONTENT = ObjectInputFilter.Config.createFilter(
            "maxdepth=64;org.mskguide.content.*;java.util.*;java.time.*;java.lang.*;!*");

    private CompiledContent() {
    }

    private record Snapshot(String fingerprint, Content content) implements Serializable {
    }

    /** Writes {@code content}, made from the folder {@code root}, to {@code out}. */
    public static void write(Content content, Path root, OutputStream out) throws IOException {
        try (ObjectOutputStream stream = new ObjectOutputStream(new BufferedOutputStream(out))) {
            stream.writeObject(new Snapshot(fingerprint(root), content));
        }
    }

    /** The compiled content on the classpath when it was made from exactly the files under {@code root}. */
    public static Optional<Content> readIfCurrent(Path root) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE);
        return in == null ? Optional.empty() : read(in, root);
    }

    /** The content in {@code in} when it was made from exactly the files under {@code root}; closes {@code in}. */
    static Optional<Content> read(InputStream in, Path root) {
        try (ObjectInputStream stream = new ObjectInputStream(new BufferedInputStream(in, 1 << 16))) {
            stream.setObjectInputFilter(ONLY_CONTENT);
            Snapshot snapshot = (Snapshot) stream.readObject();
            return snapshot.fingerprint().equals(fingerprint(root)) ? Optional.of(snapshot.content()) : Optional.empty();
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            // A copy written by another version of these records: load the folder instead.
            return Optional.empty();
        }
    }

    /** SHA-256 over every file's path and bytes, in path order: any edit, addition or removal changes it. */
    static String fingerprint(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            for (Path file : files) {
                digest.update(root.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
