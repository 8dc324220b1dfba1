package org.mskguide.content;

/** A source a page cites; {@code url} may be null for documents that are not online. */
public record Source(String title, String url) {
}
