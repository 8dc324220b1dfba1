package org.mskguide.content;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;
import org.mskguide.web.AppRoutes;

/**
 * Loads the content once, at start-up. A content error stops the application with the file named rather
 * than serving a broken page later.
 */
public class ContentProducer {

    private static final Logger LOG = Logger.getLogger(ContentProducer.class);

    @Produces
    @Singleton
    Content content(ContentConfig config) {
        long start = System.nanoTime();
        Content content = ContentFolder.read(config, new ContentLoader(AppRoutes.PATHS)::load);
        LOG.infof("Content loaded: %d topics, %d pages in %d ms", content.topics().size(), content.pages().size(),
                (System.nanoTime() - start) / 1_000_000);
        return content;
    }
}
