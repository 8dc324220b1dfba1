package org.mskguide.web;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Failures the HTTP layer detects before any resource runs (a body over
 * {@code quarkus.http.limits.max-body-size}, a malformed form, a failure in a route handler) get the
 * site's own page instead of the framework's: a clear message, never a stack trace. Errors inside
 * resources are handled by {@link ErrorMappers}.
 */
@ApplicationScoped
public class RequestFailures {

    private static final Logger LOG = Logger.getLogger(RequestFailures.class);

    @Inject
    ErrorPages pages;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;

    void install(@Observes Router router) {
        router.route().order(SecurityHeaders.ORDER + 1).handler(this::refuseOversizedBody);
        router.route().order(SecurityHeaders.ORDER + 1).failureHandler(this::handle);
    }

    /**
     * Quarkus answers a declared body over the limit with an empty 413; this answers first, with a page
     * (or JSON under /api/) that says what happened. A body that grows past the limit while streaming
     * (no Content-Length, which browsers never do for forms) still gets Quarkus's plain 413.
     */
    void refuseOversizedBody(RoutingContext rc) {
        String declared = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && maxBodySize.isPresent()) {
            try {
                if (Long.parseLong(declared.trim()) > maxBodySize.get().asLongValue()) {
                    rc.response().putHeader(HttpHeaders.CONNECTION, "close");
                    pages.send(rc, Problem.TOO_LARGE);
                    return;
                }
            } catch (NumberFormatException e) {
                pages.send(rc, Problem.BAD_REQUEST);
                return;
            }
        }
        rc.next();
    }

    void handle(RoutingContext rc) {
        if (rc.response().headWritten()) {
            // Nothing can be said any more; the connection is closed by Vert.x.
            return;
        }
        int status = rc.statusCode();
        Problem problem = switch (status) {
            case 400 -> Problem.BAD_REQUEST;
            case 413 -> Problem.TOO_LARGE;
            default -> null;
        };
        if (problem == null) {
            if (status >= 400 && status < 500) {
                // Another 4xx (405, 404 from a non-REST route): the framework's short answer is fine.
                rc.next();
                return;
            }
            LOG.errorf(rc.failure(), "Unexpected failure on %s %s", rc.request().method(), rc.normalizedPath());
            problem = Problem.SERVER_ERROR;
        }
        pages.send(rc, problem);
    }

    /**
     * The form parser's own complaints about a body it cannot read: undecodable percent-encoding in a form,
     * a multipart body that ends early. Matched narrowly, so a real bug still counts as a 500.
     */
    static boolean isMalformedBody(Throwable e) {
        String message = e.getMessage();
        if (message == null) {
            return false;
        }
        return (e instanceof IllegalArgumentException && message.startsWith("Failed to decode"))
                || (e instanceof java.io.IOException && message.contains("parsing multipart"));
    }
}
