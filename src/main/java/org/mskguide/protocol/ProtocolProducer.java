package org.mskguide.protocol;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;
import org.mskguide.content.Content;
import org.mskguide.content.ContentConfig;
import org.mskguide.content.ContentFolder;

import io.quarkus.runtime.Startup;

/** Loads the joint protocols once, at start-up, after the topics and sources they point into. */
public class ProtocolProducer {

    private static final Logger LOG = Logger.getLogger(ProtocolProducer.class);

    // Named so a template can list the protocols with {inject:protocols.all} (the instructors' kit does).
    @Produces
    @Singleton
    @Startup
    @jakarta.inject.Named("protocols")
    Protocols protocols(ContentConfig config, Content content) {
        Protocols protocols = ContentFolder.read(config, new ProtocolLoader(content)::load);
        LOG.infof("Protocols loaded: %d joints, %d views", protocols.all().size(),
                protocols.all().stream().mapToInt(p -> p.views().size()).sum());
        return protocols;
    }
}
