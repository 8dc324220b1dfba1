package org.mskguide.web.api;

import jakarta.enterprise.context.ApplicationScoped;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * Cross-origin use of the JSON API from a platform's own pages: the reads and the attempt and self-check POSTs
 * ({@link ApiRoutes#CROSS_ORIGIN}) are shared with every origin, without credentials (the API uses no cookies and
 * no login). Everything else, the HTML forms above all, stays same-origin: no CORS headers, and a preflight for
 * it is refused.
 */
@ApplicationScoped
public class ApiCors {

    static final String ALLOWED_HEADERS = "Content-Type, Accept";
    static final String EXPOSED_HEADERS = "Location, Retry-After";
    static final String MAX_AGE_SECONDS = "86400";

    public void handle(RoutingContext rc) {
        String origin = rc.request().getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            rc.next();
            return;
        }
        String path = rc.normalizedPath();
        String requested = rc.request().getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
        if (rc.request().method() == HttpMethod.OPTIONS && requested != null) {
            preflight(rc, path, requested);
            return;
        }
        if (ApiRoutes.sharedCrossOrigin(rc.request().method().name(), path)) {
            rc.response().putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                    .putHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED_HEADERS);
        }
        rc.next();
    }

    private void preflight(RoutingContext rc, String path, String requested) {
        if (ApiRoutes.sharedCrossOrigin(requested, path)) {
            rc.response().setStatusCode(204)
                    .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                    .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, requested)
                    .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, ALLOWED_HEADERS)
                    .putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, MAX_AGE_SECONDS)
                    .end();
        } else if (path.startsWith(ApiRoutes.PREFIX + "/")) {
            // Not shared: answer without CORS headers, which the browser reads as a refusal.
            rc.response().setStatusCode(403).end();
        } else {
            rc.next();
        }
    }
}
