package org.mskguide.web;

import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Adds the security headers to every response the HTTP server writes: pages, assets, the JSON API,
 * 304s, error pages and Quarkus's own endpoints. It hooks the Vert.x router ahead of every other route
 * and writes the headers at the last moment ({@code headersEndHandler}), so no code path can skip them.
 */
@ApplicationScoped
public class SecurityHeaders {

    @Inject
    SecurityConfig config;

    static final String REFERRER_POLICY = "Referrer-Policy";
    static final String HSTS = "Strict-Transport-Security";

    // Built once from the configuration: every response sends the same values.
    private List<Map.Entry<String, String>> fixed;
    private String hsts;

    @PostConstruct
    void prepare() {
        fixed = List.of(
                Map.entry("Content-Security-Policy", config.contentSecurityPolicy()),
                Map.entry("X-Content-Type-Options", "nosniff"),
                Map.entry(REFERRER_POLICY, config.referrerPolicy()),
                Map.entry("Permissions-Policy", config.permissionsPolicy()),
                // Older browsers ignore CSP frame-ancestors; this says the same to them.
                Map.entry("X-Frame-Options", "DENY"));
        hsts = "max-age=" + config.hsts().maxAge().toSeconds() + (config.hsts().includeSubdomains() ? "; includeSubDomains" : "");
    }

    void handle(RoutingContext rc) {
        rc.addHeadersEndHandler(v -> apply(rc.request(), rc.response().headers()));
        rc.next();
    }

    void apply(HttpServerRequest request, MultiMap headers) {
        // A page may ask for a stricter policy (an address that holds a secret sends no referrer at all).
        boolean ownReferrerPolicy = headers.contains(REFERRER_POLICY);
        for (Map.Entry<String, String> header : fixed) {
            if (!(ownReferrerPolicy && header.getKey().equals(REFERRER_POLICY))) {
                headers.set(header.getKey(), header.getValue());
            }
        }
        if (sendHsts(request)) {
            headers.set(HSTS, hsts);
        }
        String type = headers.get(HttpHeaders.CONTENT_TYPE);
        if (type != null && needsCharset(type)) {
            headers.set(HttpHeaders.CONTENT_TYPE, type + ";charset=UTF-8");
        }
    }

    /**
     * The headers every response carries, in the order they are written, without HSTS (which depends on the
     * request): for {@link PreRenderedRoute}, which writes them itself.
     */
    List<Map.Entry<String, String>> fixedHeaders() {
        return fixed;
    }

    /** The HSTS header's value; send it when {@link #sendHsts} says so. */
    String hstsValue() {
        return hsts;
    }

    boolean sendHsts(HttpServerRequest request) {
        return switch (config.hsts().mode()) {
            case ALWAYS -> true;
            case OFF -> false;
            // scheme() already reflects X-Forwarded-Proto when quarkus.http.proxy trusts the proxy. Without a
            // forwarding header the connection decides, which spares every plain request the forwarding parser.
            case HTTPS -> forwarded(request) ? request.isSSL() || "https".equalsIgnoreCase(request.scheme())
                    : request.connection().isSsl();
        };
    }

    private static boolean forwarded(HttpServerRequest request) {
        MultiMap headers = request.headers();
        return headers.contains("Forwarded") || headers.contains("X-Forwarded-Proto") || headers.contains("X-Forwarded-Ssl");
    }

    /** Text without a declared charset would leave the browser guessing (a classic XSS vector). */
    static boolean needsCharset(String contentType) {
        String lower = contentType.toLowerCase(java.util.Locale.ROOT);
        boolean textual = lower.startsWith("text/") || lower.startsWith("application/json")
                || lower.startsWith("application/xml") || lower.contains("+xml") || lower.contains("+json");
        return textual && !lower.contains("charset=");
    }
}
