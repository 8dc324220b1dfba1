package org.mskguide.eligibility;

import org.mskguide.content.Source;

/**
 * One reason the route finder gives, with the source that says so.
 *
 * @param text   the reason in plain words
 * @param source where it comes from (a link)
 */
public record Reason(String text, Source source) {
}
