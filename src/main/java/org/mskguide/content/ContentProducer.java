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

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;
import org.mskguide.web.AppRoutes;

/**
 * Loads the content once, at start-up, from the configured folder or from the copy packaged in the jar.
 * A content error stops the application with the file named rather than serving a broken page later.
 */
public class ContentProducer {

    private static final Logger LOG = Logger.getLogger(ContentProducer.class);
    // A file every content folder has; used to find the packaged folder on the classpath.
    private static final String MARKER = "content/credentials/rmsks.yml";

    @Produces
    @Singleton
    Content content(ContentConfig config) {
        long start = System.nanoTime();
        ContentLoader loader = new ContentLoader(AppRoutes.PATHS);
        Content content;
        if (config.dir().isPresent()) {
            content = loader.load(config.dir().get().toAbsolutePath());
        } else {
            content = loadPackaged(loader);
        }
        LOG.infof("Content loaded: %d topics, %d pages in %d ms", content.topics().size(), content.pages().size(),
                (System.nanoTime() - start) / 1_000_000);
        return content;
    }

    private static Content loadPackaged(ContentLoader loader) {
        URL marker = Thread.currentThread().getContextClassLoader().getResource(MARKER);
        if (marker == null) {
            throw new IllegalStateException(MARKER + " is not on the classpath; was content/ packaged?");
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return loader.load(jar.getPath("/content"));
                }
            }
            return loader.load(Path.of(uri).getParent().getParent());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate packaged content at " + marker, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
