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

import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;

/**
 * A response body that is the same for every reader, prepared once: the bytes, their gzip form and an
 * ETag. {@link PreRenderedRoute} sends it at what a static file costs: no template work, no copy, a known
 * Content-Length, and a 304 when the reader already has it.
 */
public final class CachedBody {

    public static final String HTML = "text/html;charset=UTF-8";
    /** Pages change when content is deployed: let browsers keep them but ask every time (a cheap 304). */
    public static final String REVALIDATE = "no-cache";
    public static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private final byte[] plain;
    private final byte[] gzip;
    // Off-heap and never released: Vert.x writes a slice with its own indices, so one buffer serves every request,
    // and Netty sends it as it is. A heap buffer is copied to a direct one on every write, from a per-thread cache
    // only up to 32 KB: pages above that size were served at about 0.6 of nginx.
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
        this.plainBuffer = direct(plain);
        this.gzipBuffer = direct(gzip);
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

    private static Buffer direct(byte[] bytes) {
        return Buffer.buffer(Unpooled.unreleasableBuffer(Unpooled.directBuffer(bytes.length).writeBytes(bytes)));
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
