package org.mskguide.study;

import java.util.Map;
import java.util.Optional;

import org.mskguide.chart.Svg;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * The study card's link as a QR code, to move the card to a phone by pointing its camera at the screen. ZXing
 * (com.google.zxing:core) computes the modules; this class draws them as a small inline SVG with the site's one writer ({@link Svg}), one unit per module and
 * one path for all dark runs, so the page needs no image request and nothing from a third party. Always dark on white,
 * in the dark colour scheme too: phone cameras read dark-on-light codes most reliably. Pure Java.
 * <p>
 * Example: {@code CardQr.svg("https://example.org/study?card=AQAB...", "card-qr")}.
 */
public final class CardQr {

    /** Four light modules around the code: the quiet zone the QR standard asks for. */
    static final int QUIET_ZONE = 4;

    private CardQr() {
    }

    /**
     * The code as an {@code <svg>} element labelled by {@code id + "-title"}, or empty when the link is too long for a
     * QR code (a card of several hundred questions): the page then offers the link and the file only.
     */
    public static Optional<String> svg(String url, String id) {
        BitMatrix matrix;
        try {
            // Level L holds the longest links; a screen shown to a camera is not a scuffed label that needs more.
            matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.L, EncodeHintType.MARGIN, QUIET_ZONE,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException | IllegalArgumentException e) {
            return Optional.empty();
        }
        int size = matrix.getWidth();
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < size; y++) {
            int x = 0;
            while (x < size) {
                if (!matrix.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < size && matrix.get(x, y)) {
                    x++;
                }
                path.append('M').append(start).append(' ').append(y).append('h').append(x - start).append("v1h-")
                        .append(x - start).append('z');
            }
        }
        return Optional.of(new Svg().root(size, size, "class", "qr-code", "id", id, "role", "img", "aria-labelledby",
                id + "-title", "shape-rendering", "crispEdges")
                .element("title", "QR code of the link to your study card", "id", id + "-title")
                .leaf("rect", "width", Integer.toString(size), "height", Integer.toString(size), "fill", "#fff")
                .leaf("path", "fill", "#000", "d", path.toString())
                .finish());
    }
}
