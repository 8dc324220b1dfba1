package org.mskguide.quiz;

import java.util.List;
import java.util.Locale;

import org.mskguide.imaging.SonogramRequest;
import org.mskguide.sonogram.Variant;
import org.mskguide.sonogram.View;

/**
 * What a "find it" (hotspot) question shows and asks for: a simulated image ({@code view} and {@code variant}) and
 * the structure to find in it, by its name in the image's structure map. {@code candidates} are the structures that
 * get a letter for the lettered alternative (A for the first, B for the second, ...); the target is one of them. The
 * question's choices are those letters, so a hotspot item is graded, stored and exported like a picture question.
 *
 * @param target     the structure to find, e.g. {@code "Supraspinatus tendon"} (checked against the model at
 *                   start-up)
 * @param candidates the lettered structures, in letter order, 3 to 6, the target among them
 */
public record Hotspot(View view, Variant variant, String target, List<String> candidates) {

    /** Fewest and most lettered structures: fewer is a guess, more crowds a 512-pixel image. */
    public static final int MIN_CANDIDATES = 3;
    public static final int MAX_CANDIDATES = 6;

    public Hotspot {
        candidates = List.copyOf(candidates);
        if (!candidates.contains(target)) {
            throw new IllegalArgumentException("the target '" + target + "' must be one of the candidates");
        }
    }

    /** The letter of the i-th candidate: A, B, C, ... */
    public static String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }

    /** The letters in order, e.g. {@code [A, B, C, D]}. */
    public List<String> letters() {
        return java.util.stream.IntStream.range(0, candidates.size()).mapToObj(Hotspot::letter).toList();
    }

    /** The letter of a structure, or null when it has none. */
    public String letterOf(String structure) {
        int i = candidates.indexOf(structure);
        return i < 0 ? null : letter(i);
    }

    /** The structure a letter marks ({@code "b"} or {@code "B"}), or null for a letter not on the image. */
    public String structureOf(String letter) {
        if (letter == null || letter.length() != 1) {
            return null;
        }
        int i = letter.toUpperCase(Locale.ROOT).charAt(0) - 'A';
        return i >= 0 && i < candidates.size() ? candidates.get(i) : null;
    }

    /** The letter that marks the target. */
    public String answerLetter() {
        return letterOf(target);
    }

    /** The image asked for, with the view's default scanner settings. */
    public SonogramRequest request() {
        return new SonogramRequest(view, variant, false, null, view.defaults());
    }

    /** The image's address, e.g. {@code /api/v1/sonograms/supraspinatus.png?variant=calcific}. */
    public String imagePath() {
        return request().pngPath();
    }

    /** The structure map's address: the outlines the server grades a click against. */
    public String mapPath() {
        return request().structuresPath();
    }
}
