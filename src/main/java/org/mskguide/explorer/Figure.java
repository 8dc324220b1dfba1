package org.mskguide.explorer;

import io.quarkus.qute.TemplateData;

/**
 * One drawing of an explorer, ready for the page: the inline SVG (its own {@code <title>} and {@code <desc>} inside)
 * and the visible caption under it.
 */
// Read by a tag (tags/*.html), whose expressions Qute does not type: this gives it a generated resolver, not reflection.
@TemplateData
public record Figure(String caption, String svg) {
}
