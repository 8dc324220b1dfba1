package org.mskguide.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import io.netty.util.AsciiString;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * The one path that serves finished responses (every {@link PreRendered} bean: the site's pages, the protocol pages,
 * the assets), as the first route of the router, before Quarkus's security, observability and request-context
 * handlers, which cost most of a static page's time while doing nothing for it. Each body's header block (its own
 * headers, then {@link SecurityHeaders}'s) is built once; per request only the 304 check, the gzip choice and HSTS
 * vary. Anything else (an unknown path, another method, a request that declares a body) goes on to the router:
 * an unknown page or a GET with a body gets the 404 page, an oversized body the 413 page.
 */
@ApplicationScoped
public class PreRenderedRoute {

    private static final CharSequence HSTS = HttpHeaders.createOptimized(SecurityHeaders.HSTS);

    @Inject
    Instance<PreRendered> sources;

    @Inject
    SecurityHeaders security;

    private Map<String, Ready> byPath;
    private CharSequence hstsValue;

    /** Builds the header blocks; {@link RequestPipeline} then routes requests to {@link #handle}. */
    @PostConstruct
    void prepare() {
        Map<String, Ready> all = new HashMap<>();
        for (PreRendered source : sources) {
            source.byPath().forEach((path, body) -> all.put(path, new Ready(body)));
        }
        byPath = Map.copyOf(all);
        hstsValue = HttpHeaders.createOptimized(security.hstsValue());
    }

    void handle(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        HttpMethod method = request.method();
        Ready ready = method == HttpMethod.GET || method == HttpMethod.HEAD ? find(rc, request.path()) : null;
        // A GET with a body is odd enough to leave to the chain (which refuses an oversized one with a page).
        if (ready == null || declaresBody(request)) {
            rc.next();
            return;
        }
        ready.send(request, rc.response(), security.sendHsts(request) ? hstsValue : null);
    }

    // The path as sent, else as the router normalises it (/topics/./x is /topics/x), computed only on a miss.
    private Ready find(RoutingContext rc, String path) {
        Ready ready = byPath.get(path);
        return ready != null ? ready : byPath.get(rc.normalizedPath());
    }

    private static boolean declaresBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return length != null && !length.equals("0") || request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
    }

    /** One body with its three possible header blocks, built once. */
    private static final class Ready {

        private final CachedBody body;
        private final MultiMap plain;
        private final MultiMap gzip;
        private final MultiMap notModified;

        Ready(CachedBody body) {
            this.body = body;
            // The body's own headers only: the fixed security headers are already on the response, set from
            // configuration (quarkus.http.header.*) by Quarkus's header route, which runs before this one.
            this.notModified = headers(body, false, null);
            this.plain = headers(body, true, null);
            this.gzip = headers(body, true, body.gzipLength());
        }

        private static MultiMap headers(CachedBody body, boolean withBody, String gzipLength) {
            MultiMap headers = MultiMap.caseInsensitiveMultiMap();
            headers.add(HttpHeaders.ETAG, ascii(body.etag()))
                    .add(HttpHeaders.CACHE_CONTROL, ascii(body.cacheControl()))
                    .add(HttpHeaders.VARY, ascii("Accept-Encoding"));
            if (withBody) {
                headers.add(HttpHeaders.CONTENT_TYPE, ascii(body.contentType()));
                if (gzipLength != null) {
                    headers.add(HttpHeaders.CONTENT_ENCODING, ascii("gzip"))
                            .add(HttpHeaders.CONTENT_LENGTH, ascii(gzipLength));
                } else {
                    headers.add(HttpHeaders.CONTENT_LENGTH, ascii(body.plainLength()));
                }
            }
            return headers;
        }

        void send(HttpServerRequest request, HttpServerResponse response, CharSequence hsts) {
            boolean unchanged = body.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH));
            boolean gzipped = !unchanged && CachedBody.acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
            response.headers().addAll(unchanged ? notModified : gzipped ? gzip : plain);
            if (hsts != null) {
                response.headers().add(HSTS, hsts);
            }
            if (unchanged) {
                response.setStatusCode(304).end();
            } else {
                response.end(gzipped ? body.gzipBuffer() : body.plainBuffer());
            }
        }

        // Header names and values as ASCII bytes, so writing them is a copy, not an encoding.
        private static CharSequence ascii(String value) {
            return AsciiString.cached(value);
        }
    }
}
