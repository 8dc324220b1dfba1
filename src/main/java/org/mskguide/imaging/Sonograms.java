package org.mskguide.imaging;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.mskguide.sonogram.MappedStructure;
import org.mskguide.sonogram.Simulator;
import org.mskguide.sonogram.Sonogram;

/**
 * Renders simulated images and keeps the most recent ones, by their canonical address: a page's pictures and an
 * explorer's states are asked for again and again, and each costs a few tens of milliseconds to draw.
 */
@ApplicationScoped
public class Sonograms {

    /** About 50 KB each: a few megabytes at most. */
    static final int CACHE = 96;

    /** One finished image: the PNG, its strong ETag, and what the model says about it. */
    public record Rendered(byte[] png, String etag, String altText, String description, List<MappedStructure> map,
            int width, int height) {
    }

    private final Simulator simulator = new Simulator();
    private final Map<String, Rendered> cache = new LinkedHashMap<>(128, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Rendered> eldest) {
            return size() > CACHE;
        }
    };

    /** The image for a request, from the cache or drawn now. */
    public Rendered get(SonogramRequest request) {
        String key = request.view().slug() + "?" + request.query();
        synchronized (cache) {
            Rendered hit = cache.get(key);
            if (hit != null) {
                return hit;
            }
        }
        Sonogram image = simulator.render(request.phantom(), request.scan());
        byte[] png = image.png();
        Rendered rendered = new Rendered(png, "\"" + sha256(png).substring(0, 24) + "\"", image.altText(),
                image.longDescription(), image.structureMap(), org.mskguide.sonogram.Frame.CANVAS_WIDTH,
                org.mskguide.sonogram.Frame.CANVAS_HEIGHT);
        synchronized (cache) {
            cache.put(key, rendered);
        }
        return rendered;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
