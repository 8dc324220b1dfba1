package org.mskguide.explorer;

import io.quarkus.qute.TemplateData;

/**
 * One radio button of an explorer's form. The first button of a group carries the field's own id, so the error
 * summary's link ({@code #angle}) lands on it.
 */
// Read by a tag (tags/*.html), whose expressions Qute does not type: this gives it a generated resolver, not reflection.
@TemplateData
public record Option(String id, String value, String label, boolean checked) {
}
