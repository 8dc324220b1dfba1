package org.mskguide.explorer;

/**
 * One radio button of an explorer's form. The first button of a group carries the field's own id, so the error
 * summary's link ({@code #angle}) lands on it.
 */
public record Option(String id, String value, String label, boolean checked) {
}
