package org.mskguide.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * A response body that is the same for every reader, prepared once: the bytes, their gzip form and an
 * ETag. Serving it costs what a static file costs: no template work, a known Content-Length, and a 304
 * when the reader already has it.
 *
 * @param cacheControl e.g. {@code no-cache} for pages (revalidate, usually a 304) or a year for fingerprinted assets
 */
public record CachedBody(byte[] plain, byte[] gzip, String etag, String contentType, String cacheControl) {

    public static final String HTML = "text/html;charset=UTF-8";
    /** Pages change when content is deployed: let browsers keep them but ask every time (a cheap 304). */
    public static final String REVALIDATE = "no-cache";
    public static final String IMMUTABLE = "public, max-age=31536000, immutable";

    public static CachedBody of(String text, String contentType, String cacheControl) {
        return of(text.getBytes(StandardCharsets.UTF_8), contentType, cacheControl);
    }

    public static CachedBody of(byte[] bytes, String contentType, String cacheControl) {
        return new CachedBody(bytes, gzip(bytes), "\"" + hash(bytes) + "\"", contentType, cacheControl);
    }

    /** The short content hash, also used to fingerprint asset URLs. */
    public String version() {
        return etag.substring(1, 9);
    }

    /**
     * 304 if {@code If-None-Match} names this body, else 200 with gzip when the client accepts it.
     * Usage: {@code return body.respond(headers);}
     */
    public Response respond(HttpHeaders headers) {
        if (matches(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH))) {
            return Response.notModified()
                    .header(HttpHeaders.ETAG, etag)
                    .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING)
                    .build();
        }
        boolean gzipped = acceptsGzip(headers.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
        byte[] body = gzipped ? gzip : plain;
        Response.ResponseBuilder response = Response.ok(body)
                .header(HttpHeaders.CONTENT_TYPE, contentType)
                .header(HttpHeaders.CONTENT_LENGTH, body.length)
                .header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (gzipped) {
            response.header(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        return response.build();
    }

    // The ETag is the same for the plain and gzip forms (weak comparison is what If-None-Match uses).
    boolean matches(String ifNoneMatch) {
        if (ifNoneMatch == null) {
            return false;
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
        if (acceptEncoding == null) {
            return false;
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
                def.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
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
