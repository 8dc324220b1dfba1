package org.mskguide.sonogram;

import java.util.List;

/**
 * A tissue model: structures in painting order (a later one covers an earlier one where they overlap), and an
 * optional needle. {@code key} names the model in caches; two phantoms with the same key must be identical.
 */
public record Phantom(String key, String title, List<Structure> structures, Needle needle) {

    public Phantom {
        structures = List.copyOf(structures);
        if (structures.isEmpty()) {
            throw new IllegalArgumentException("A phantom needs at least one structure");
        }
    }
}
