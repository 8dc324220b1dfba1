package org.mskguide.web;

import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * The security headers that depend on the request or the response, added at the last moment
 * ({@code headersEndHandler}) so no code path can skip them: HSTS (only for a request that came over HTTPS) and the
 * charset of a text response. The headers that are the same on every response (Content-Security-Policy,
 * X-Content-Type-Options, Referrer-Policy, Permissions-Policy, X-Frame-Options) are not here: Quarkus sets them from
 * {@code quarkus.http.header.*} in {@code application.properties}, in a route of its own that runs before every
 * stage of {@link RequestPipeline} (so pre-rendered pages, early refusals, errors and 404s get them too). The site
 * has no inline script or style, so its policy needs no per-request nonce. A page that needs a stricter
 * Referrer-Policy sets its own, which replaces the configured one.
 */
@ApplicationScoped
public class SecurityHeaders {

    @Inject
    SecurityConfig config;

    static final String HSTS = "Strict-Transport-Security";

    private String hsts;

    @PostConstruct
    void prepare() {
        hsts = "max-age=" + config.hsts().maxAge().toSeconds() + (config.hsts().includeSubdomains() ? "; includeSubDomains" : "");
    }

    void handle(RoutingContext rc) {
        rc.addHeadersEndHandler(v -> apply(rc.request(), rc.response().headers()));
        rc.next();
    }

    void apply(HttpServerRequest request, MultiMap headers) {
        if (sendHsts(request)) {
            headers.set(HSTS, hsts);
        }
        String type = headers.get(HttpHeaders.CONTENT_TYPE);
        if (type != null && needsCharset(type)) {
            headers.set(HttpHeaders.CONTENT_TYPE, type + ";charset=UTF-8");
        }
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
        String lower = contentType.toLowerCase(Locale.ROOT);
        boolean textual = lower.startsWith("text/") || lower.startsWith("application/json")
                || lower.startsWith("application/xml") || lower.contains("+xml") || lower.contains("+json");
        return textual && !lower.contains("charset=");
    }
}
