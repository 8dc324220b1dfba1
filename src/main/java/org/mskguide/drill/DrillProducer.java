package org.mskguide.drill;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.mskguide.content.Content;
import org.mskguide.content.ContentConfig;
import org.mskguide.content.ContentFolder;

import io.quarkus.runtime.Startup;

/** Loads the "classify it" rounds at start-up, so a mistake in one stops the application naming the file. */
public class DrillProducer {

    @Produces
    @Singleton
    @Startup
    ClassifyRounds classifyRounds(ContentConfig config, Content content) {
        return ContentFolder.read(config, root -> ClassifyRounds.load(root, content));
    }
}
