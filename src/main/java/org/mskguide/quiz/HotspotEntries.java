package org.mskguide.quiz;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.mskguide.content.ContentException;
import org.mskguide.sonogram.Phantoms;
import org.mskguide.sonogram.Structure;
import org.mskguide.sonogram.Variant;
import org.mskguide.sonogram.View;

/**
 * Reads the fields of a {@code type: hotspot} question ({@code view}, {@code variant}, {@code target},
 * {@code candidates}) and checks them against the simulator's own model, so a misspelt structure stops start-up
 * with the names the view does have. Plain Java, part of {@link QuestionBankLoader}.
 */
final class HotspotEntries {

    private HotspotEntries() {
    }

    static Hotspot hotspot(String file, String label, QuestionBankLoader.QuestionEntry entry) {
        if (entry.choices() != null || entry.figure() != null || entry.regions() != null || entry.answer() != null) {
            throw new ContentException(file, label + ": a hotspot question has no 'choices', 'figure', 'regions' or "
                    + "'answer': its letters come from 'candidates' and its answer is 'target'");
        }
        if (entry.view() == null) {
            throw new ContentException(file, label + ": a hotspot question needs 'view' (" + viewNames() + ")");
        }
        View view = View.bySlug(entry.view());
        if (view == null || view == View.NEEDLE) {
            throw new ContentException(file, label + ": unknown view '" + entry.view() + "' (views: " + viewNames()
                    + ")");
        }
        String variantName = entry.variant() == null ? Variant.NORMAL.param() : entry.variant();
        Variant variant = view.variants().stream().filter(v -> v.param().equals(variantName)).findFirst()
                .orElseThrow(() -> new ContentException(file, label + ": view '" + view.slug() + "' has no variant '"
                        + variantName + "' (variants: " + view.variants().stream().map(Variant::param).toList() + ")"));
        List<Structure> structures = Phantoms.build(view, variant, false, null).structures();
        Set<String> names = new LinkedHashSet<>();
        structures.forEach(s -> names.add(s.name()));
        if (entry.target() == null) {
            throw new ContentException(file, label + ": a hotspot question needs 'target', the structure to find ("
                    + names + ")");
        }
        List<String> candidates = entry.candidates() != null ? entry.candidates() : defaultCandidates(structures);
        for (String name : concat(entry.target(), candidates)) {
            if (!names.contains(name)) {
                throw new ContentException(file, label + ": view '" + view.slug() + "' (variant " + variant.param()
                        + ") has no structure '" + name + "' (its structures: " + names + ")");
            }
        }
        if (new LinkedHashSet<>(candidates).size() != candidates.size()) {
            throw new ContentException(file, label + ": a structure is listed twice in 'candidates'");
        }
        if (candidates.size() < Hotspot.MIN_CANDIDATES || candidates.size() > Hotspot.MAX_CANDIDATES) {
            throw new ContentException(file, label + ": needs " + Hotspot.MIN_CANDIDATES + " to "
                    + Hotspot.MAX_CANDIDATES + " lettered structures, found " + candidates.size() + " " + candidates
                    + (entry.candidates() == null ? "; list them under 'candidates'" : ""));
        }
        if (!candidates.contains(entry.target())) {
            throw new ContentException(file, label + ": the target '" + entry.target() + "' must be one of the "
                    + "'candidates' " + candidates);
        }
        return new Hotspot(view, variant, entry.target(), candidates);
    }

    /** A question that is not a hotspot must not carry the hotspot fields: they would be silently ignored. */
    static void refuseHotspotFields(String file, String label, QuestionBankLoader.QuestionEntry entry) {
        if (entry.view() != null || entry.variant() != null || entry.target() != null || entry.candidates() != null) {
            throw new ContentException(file, label + ": 'view', 'variant', 'target' and 'candidates' are only for "
                    + "'type: hotspot' questions");
        }
    }

    /** The choices of a hotspot question: one per letter, id in lower case, the target's letter right. */
    static List<Choice> letterChoices(Hotspot hotspot) {
        List<Choice> choices = new ArrayList<>();
        for (String letter : hotspot.letters()) {
            choices.add(new Choice(letter.toLowerCase(Locale.ROOT), letter, letter.equals(hotspot.answerLetter())));
        }
        return choices;
    }

    /** The structures the picture labels, each name once, in painting order (roughly skin downwards). */
    private static List<String> defaultCandidates(List<Structure> structures) {
        return structures.stream().filter(Structure::labelled).map(Structure::name).distinct().toList();
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static List<String> viewNames() {
        return java.util.Arrays.stream(View.values()).filter(v -> v != View.NEEDLE).map(View::slug).toList();
    }
}
