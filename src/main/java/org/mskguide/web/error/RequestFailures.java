package org.mskguide.web.error;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Failures the HTTP layer detects before any resource runs (a body over
 * {@code quarkus.http.limits.max-body-size}, a failure in a route handler) get the site's own page or
 * problem details instead of the framework's: a clear message, never a stack trace. Errors inside
 * resources are handled by {@link ErrorMappers}.
 */
@ApplicationScoped
public class RequestFailures {

    private static final Logger LOG = Logger.getLogger(RequestFailures.class);

    @Inject
    ErrorResponses responses;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;

    /**
     * Quarkus answers a declared body over the limit with an empty 413; this answers first, with a page
     * (or problem details under /api/) that says what happened. A body that grows past the limit while
     * streaming (no Content-Length, which browsers never do for forms) still gets Quarkus's plain 413.
     */
    public void refuseOversizedBody(RoutingContext rc) {
        String declared = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && maxBodySize.isPresent()) {
            try {
                if (Long.parseLong(declared.trim()) > maxBodySize.get().asLongValue()) {
                    rc.response().putHeader(HttpHeaders.CONNECTION, "close");
                    responses.send(rc, Problem.TOO_LARGE);
                    return;
                }
            } catch (NumberFormatException e) {
                responses.send(rc, Problem.BAD_REQUEST);
                return;
            }
        }
        rc.next();
    }

    public void handle(RoutingContext rc) {
        if (rc.response().headWritten()) {
            // Nothing can be said any more; the connection is closed by Vert.x.
            return;
        }
        int status = rc.statusCode();
        if (status == 400 || status == 413) {
            responses.send(rc, Problem.forStatus(status));
            return;
        }
        if (status >= 400 && status < 500) {
            // Another 4xx (405, 404 from a non-REST route): the framework's short answer is fine.
            rc.next();
            return;
        }
        LOG.errorf(rc.failure(), "Unexpected failure on %s %s", rc.request().method(), rc.normalizedPath());
        responses.send(rc, Problem.SERVER_ERROR);
    }
}
