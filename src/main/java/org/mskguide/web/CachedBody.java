package org.mskguide.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * A response body that is the same for every reader, prepared once: the bytes, their gzip form and an
 * ETag. Serving it costs what a static file costs: no template work, no copy, a known Content-Length,
 * and a 304 when the reader already has it.
 */
public final class CachedBody {

    public static final String HTML = "text/html;charset=UTF-8";
    /** Pages change when content is deployed: let browsers keep them but ask every time (a cheap 304). */
    public static final String REVALIDATE = "no-cache";
    public static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private final byte[] plain;
    private final byte[] gzip;
    // Vert.x writes a buffer through a duplicate with its own indices, so one instance serves every request.
    private final Buffer plainBuffer;
    private final Buffer gzipBuffer;
    private final String etag;
    private final String contentType;
    private final String cacheControl;
    private final String plainLength;
    private final String gzipLength;

    private CachedBody(byte[] plain, String contentType, String cacheControl) {
        this.plain = plain;
        this.gzip = gzip(plain);
        this.plainBuffer = Buffer.buffer(plain);
        this.gzipBuffer = Buffer.buffer(gzip);
        this.etag = "\"" + hash(plain) + "\"";
        this.contentType = contentType;
        this.cacheControl = cacheControl;
        this.plainLength = Integer.toString(plain.length);
        this.gzipLength = Integer.toString(gzip.length);
    }

    /** E.g. {@code CachedBody.of(html, CachedBody.HTML, CachedBody.REVALIDATE)}. */
    public static CachedBody of(String text, String contentType, String cacheControl) {
        return of(text.getBytes(StandardCharsets.UTF_8), contentType, cacheControl);
    }

    public static CachedBody of(byte[] bytes, String contentType, String cacheControl) {
        return new CachedBody(bytes.clone(), contentType, cacheControl);
    }

    public byte[] plain() {
        return plain.clone();
    }

    public byte[] gzip() {
        return gzip.clone();
    }

    public String etag() {
        return etag;
    }

    public String contentType() {
        return contentType;
    }

    String cacheControl() {
        return cacheControl;
    }

    String plainLength() {
        return plainLength;
    }

    String gzipLength() {
        return gzipLength;
    }

    Buffer plainBuffer() {
        return plainBuffer;
    }

    Buffer gzipBuffer() {
        return gzipBuffer;
    }

    /** The short content hash, also used to fingerprint asset URLs. */
    public String version() {
        return etag.substring(1, 9);
    }

    /**
     * Ends the exchange: 304 if {@code If-None-Match} names this body, else 200 with gzip when the client
     * accepts it. Usage in a route: {@code body.send(rc);}
     */
    public void send(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        HttpServerResponse response = rc.response();
        response.putHeader(HttpHeaders.ETAG, etag)
                .putHeader(HttpHeaders.CACHE_CONTROL, cacheControl)
                .putHeader(HttpHeaders.VARY, "Accept-Encoding");
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
            response.setStatusCode(304).end();
            return;
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, contentType);
        if (acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING))) {
            response.putHeader(HttpHeaders.CONTENT_ENCODING, "gzip")
                    .putHeader(HttpHeaders.CONTENT_LENGTH, gzipLength)
                    .end(gzipBuffer);
        } else {
            response.putHeader(HttpHeaders.CONTENT_LENGTH, plainLength).end(plainBuffer);
        }
    }

    // The ETag is the same for the plain and gzip forms (If-None-Match uses weak comparison).
    boolean matches(String ifNoneMatch) {
        if (ifNoneMatch == null) {
            return false;
        }
        if (ifNoneMatch.equals(etag)) {
            return true;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null || !acceptEncoding.regionMatches(true, 0, "gzip", 0, 4)
                && acceptEncoding.toLowerCase(java.util.Locale.ROOT).indexOf("gzip") < 0) {
            return false;
        }
        if (acceptEncoding.length() == 4 || acceptEncoding.startsWith("gzip,")) {
            return true;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] coding = part.trim().split(";");
            if (coding[0].trim().equalsIgnoreCase("gzip")) {
                return coding.length == 1 || !coding[1].replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
