package org.mskguide.eligibility;

/**
 * Something the reader can do next, with an optional link.
 *
 * @param id       stable name, e.g. {@code documents}
 * @param text     what to do, in plain words
 * @param linkText the link's words, or null for no link
 * @param url      where the link goes (a site path or an official site), or null
 */
public record NextStep(String id, String text, String linkText, String url) {
}
