package org.mskguide.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Adds the security headers to every response the HTTP server writes: pages, assets, the JSON API,
 * 304s, error pages and Quarkus's own endpoints. It hooks the Vert.x router ahead of every other route
 * and writes the headers at the last moment ({@code headersEndHandler}), so no code path can skip them.
 */
@ApplicationScoped
public class SecurityHeaders {

    /** Before every other route, so even a request that fails early (body too large) gets the headers. */
    public static final int ORDER = Integer.MIN_VALUE + 10;

    @Inject
    SecurityConfig config;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::handle);
    }

    private void handle(RoutingContext rc) {
        rc.addHeadersEndHandler(v -> apply(rc.request(), rc.response().headers()));
        rc.next();
    }

    void apply(HttpServerRequest request, MultiMap headers) {
        headers.set("Content-Security-Policy", config.contentSecurityPolicy());
        headers.set("X-Content-Type-Options", "nosniff");
        // A page may ask for a stricter policy (an address that holds a secret sends no referrer at all).
        if (!headers.contains("Referrer-Policy")) {
            headers.set("Referrer-Policy", config.referrerPolicy());
        }
        headers.set("Permissions-Policy", config.permissionsPolicy());
        // Older browsers ignore CSP frame-ancestors; this says the same to them.
        headers.set("X-Frame-Options", "DENY");
        if (sendHsts(request)) {
            headers.set("Strict-Transport-Security", "max-age=" + config.hsts().maxAge().toSeconds()
                    + (config.hsts().includeSubdomains() ? "; includeSubDomains" : ""));
        }
        String type = headers.get(HttpHeaders.CONTENT_TYPE);
        if (type != null && needsCharset(type)) {
            headers.set(HttpHeaders.CONTENT_TYPE, type + ";charset=UTF-8");
        }
    }

    private boolean sendHsts(HttpServerRequest request) {
        return switch (config.hsts().mode()) {
            case ALWAYS -> true;
            case OFF -> false;
            // scheme() already reflects X-Forwarded-Proto when quarkus.http.proxy trusts the proxy.
            case HTTPS -> request.isSSL() || "https".equalsIgnoreCase(request.scheme());
        };
    }

    /** Text without a declared charset would leave the browser guessing (a classic XSS vector). */
    static boolean needsCharset(String contentType) {
        String lower = contentType.toLowerCase(java.util.Locale.ROOT);
        boolean textual = lower.startsWith("text/") || lower.startsWith("application/json")
                || lower.startsWith("application/xml") || lower.contains("+xml") || lower.contains("+json");
        return textual && !lower.contains("charset=");
    }
}
