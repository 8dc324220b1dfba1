package org.mskguide.export;

import java.net.URI;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.mskguide.web.SiteConfig;

import io.quarkus.runtime.StartupEvent;

/**
 * A warning at start-up when {@code guide.site.base-url} is still the default ({@code http://localhost:8080}) while
 * the application listens on another port: exports (section links, GIFT pictures) and class-quiz links are absolute
 * and would point at an address where nothing answers. Logged, not fatal: a local try-out still works.
 */
@Singleton
public class BaseUrlCheck {

    private static final Logger LOG = Logger.getLogger(BaseUrlCheck.class);

    static final String DEFAULT = "http://localhost:8080";

    @Inject
    SiteConfig site;

    @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080")
    int port;

    void check(@Observes StartupEvent event) {
        String warning = warning(site.baseUrl(), port);
        if (warning != null) {
            LOG.warn(warning);
        }
    }

    /** The warning for this address and port, or null when they agree (or the address was set on purpose). */
    static String warning(String baseUrl, int port) {
        if (!DEFAULT.equals(baseUrl) || URI.create(DEFAULT).getPort() == port) {
            return null;
        }
        return "guide.site.base-url is the default " + DEFAULT + ", but the application listens on port " + port
                + ": exported questions, their pictures and class-quiz links would point at the wrong address. Set "
                + "GUIDE_SITE_BASE_URL to the address readers use, e.g. http://localhost:" + port + " or https://your.host.";
    }
}
