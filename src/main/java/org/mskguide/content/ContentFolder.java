package org.mskguide.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/**
 * Opens the content folder, wherever it is: the folder named by {@code guide.content.dir}, or the copy of
 * {@code content/} packaged inside the application (a directory in dev and tests, a jar entry in production).
 * Every feature that reads content files (topics, quiz bank, ...) goes through here.
 * Usage: {@code Content c = ContentFolder.read(config, loader::load);}
 */
public final class ContentFolder {

    // A file every content folder has; used to find the packaged folder on the classpath.
    private static final String MARKER = "content/credentials/rmsks.yml";

    private ContentFolder() {
    }

    /** Calls {@code reader} with the content root; the path is only valid during the call. */
    public static <T> T read(ContentConfig config, Function<Path, T> reader) {
        if (config.dir().isPresent()) {
            return reader.apply(config.dir().get().toAbsolutePath());
        }
        URL marker = Thread.currentThread().getContextClassLoader().getResource(MARKER);
        if (marker == null) {
            throw new IllegalStateException(MARKER + " is not on the classpath; was content/ packaged?");
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return reader.apply(jar.getPath("/content"));
                }
            }
            return reader.apply(Path.of(uri).getParent().getParent());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate packaged content at " + marker, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
