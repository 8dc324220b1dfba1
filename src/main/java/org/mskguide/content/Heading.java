package org.mskguide.content;

/** A section heading of a rendered page: its level (2 or 3), permanent anchor id and text. */
public record Heading(int level, String id, String text) implements java.io.Serializable {
}
