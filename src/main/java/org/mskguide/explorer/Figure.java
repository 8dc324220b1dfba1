package org.mskguide.explorer;

/**
 * One drawing of an explorer, ready for the page: the inline SVG (its own {@code <title>} and {@code <desc>} inside)
 * and the visible caption under it.
 */
public record Figure(String caption, String svg) {
}
