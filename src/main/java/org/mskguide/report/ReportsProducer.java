package org.mskguide.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/** Makes {@link MaintainerKey} injectable, checked at start so a malformed hash stops the application at once. */
@ApplicationScoped
public class ReportsProducer {

    private static final Logger LOG = Logger.getLogger(ReportsProducer.class);

    @Produces
    @Singleton
    MaintainerKey maintainerKey(ReportsConfig config) {
        return MaintainerKey.fromConfig(config.keyHash());
    }

    void checkAtStartup(@Observes StartupEvent start, MaintainerKey key) {
        if (!key.isConfigured()) {
            LOG.info("guide.reports.key-hash is not set: reports are stored, but /report/received opens for nobody "
                    + "(see docs/production.md)");
        }
    }
}
