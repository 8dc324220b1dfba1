package org.mskguide.content;

/**
 * One entry of the source registry ({@code content/sources.yml}): a document the site cites, held once and
 * cited by {@code id} from pages, figures and credential rules.
 *
 * @param id        permanent name pages cite, e.g. {@code jacobson-2005}
 * @param title     the document's own title
 * @param authors   "Surname AB" style, or null
 * @param publisher journal or organisation (for a copy: whose document it is and who hosts the copy)
 * @param year      publication year, or null when the document gives none
 * @param url       an address a reader can open
 * @param kind      {@code primary} (published by its author or issuer) or {@code copy} (a third party's copy)
 * @param supports  what the site uses it for
 */
public record Source(String id, String title, String authors, String publisher, Integer year, String url,
        String kind, String supports) implements java.io.Serializable {

    public static final String PRIMARY = "primary";
    public static final String COPY = "copy";

    /** A plain citation with only a title and an address, for links built in code (e.g. the self-check). */
    public Source(String title, String url) {
        this(null, title, null, null, null, url, PRIMARY, null);
    }

    /** True when this is a third party's copy of another body's document. */
    public boolean isCopy() {
        return COPY.equals(kind);
    }

    /** The full stop after the title, unless the title already ends with one ("What is MSK ultrasound?"). */
    public String titleStop() {
        return title.matches(".*[.?!]$") ? "" : ".";
    }

    /** The citation line after the title: "Jacobson JA. Seminars in ... 2005", without the title itself. */
    public String details() {
        StringBuilder b = new StringBuilder();
        if (authors != null) {
            b.append(authors).append(". ");
        }
        if (publisher != null) {
            b.append(publisher);
        }
        if (year != null) {
            b.append(b.isEmpty() ? "" : ", ").append(year);
        }
        return b.toString().trim();
    }
}
