package org.mskguide.print;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Orders a printed quiz so each figure prints once: the questions that share a figure move up to the first of them,
 * and print together under one copy of it; a question without a figure stays where it was, alone. Pure Java.
 * Usage: {@code FigureGroups.of(questions, q -> q.picture() == null ? null : q.picture().figure())}.
 */
public final class FigureGroups {

    private FigureGroups() {
    }

    /**
     * @param items  in their own order
     * @param figure the figure an item uses, or null for none
     * @return the groups in order of their first item; every item exactly once
     */
    public static <T> List<List<T>> of(List<T> items, Function<T, String> figure) {
        Map<Object, List<T>> groups = new LinkedHashMap<>();
        for (T item : items) {
            String name = figure.apply(item);
            // Each item without a figure is a group of its own: a fresh key keeps it in place.
            groups.computeIfAbsent(name == null ? new Object() : name, k -> new ArrayList<>()).add(item);
        }
        return groups.values().stream().map(List::copyOf).toList();
    }
}
