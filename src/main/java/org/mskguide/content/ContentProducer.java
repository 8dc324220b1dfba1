package org.mskguide.content;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;
import org.mskguide.web.AppRoutes;

/**
 * The content, once, at start-up: the copy compiled with the jar ({@link CompiledContent}) when it matches the
 * packaged folder, else the folder itself, loaded and checked now. A folder named by {@code guide.content.dir}
 * (authors in dev mode) is always loaded, so an edit shows on reload. A content error stops the application with
 * the file named rather than serving a broken page later.
 */
public class ContentProducer {

    private static final Logger LOG = Logger.getLogger(ContentProducer.class);

    @Produces
    @Singleton
    Content content(ContentConfig config) {
        long start = System.nanoTime();
        Loaded loaded = ContentFolder.read(config, root -> config.dir().isEmpty()
                ? CompiledContent.readIfCurrent(root).map(c -> new Loaded(c, "compiled with the jar"))
                        .orElseGet(() -> new Loaded(load(root), "from the packaged folder (no current compiled copy)"))
                : new Loaded(load(root), "from " + root));
        Content content = loaded.content();
        LOG.infof("Content loaded %s: %d topics, %d pages in %d ms", loaded.origin(), content.topics().size(),
                content.pages().size(), (System.nanoTime() - start) / 1_000_000);
        return content;
    }

    private static Content load(java.nio.file.Path root) {
        return new ContentLoader(AppRoutes.PATHS).load(root);
    }

    private record Loaded(Content content, String origin) {
    }
}
