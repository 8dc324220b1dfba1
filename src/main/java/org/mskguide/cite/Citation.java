package org.mskguide.cite;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How to cite one topic page or one of its sections, in APA 7, AMA 11 and RIS (for reference managers). Pure Java,
 * tested field by field without Quarkus.
 * <p>
 * The guide is the author (a group author with no named person), and the page is updated over time, so both
 * styles carry the last-reviewed date (APA: the date; AMA: "Updated") and the reader's access date (APA:
 * "Retrieved"; AMA: "Accessed"). Usage: {@code new Citation("MSK Ultrasound Guide", "Knee ultrasound", null,
 * "https://example.org/topics/knee-ultrasound", reviewed, today).apa()}.
 *
 * @param site     the site's name; APA's author and AMA's website name
 * @param title    the page's title
 * @param section  the section's heading, or null when citing the whole page
 * @param url      the absolute address (with {@code #anchor} for a section)
 * @param reviewed the page's last-reviewed date
 * @param accessed the day the reader looks it up (today)
 */
public record Citation(String site, String title, String section, String url, LocalDate reviewed, LocalDate accessed) {

    private static final DateTimeFormatter MONTH_DAY_YEAR = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter YEAR_MONTH_DAY = DateTimeFormatter.ofPattern("yyyy, MMMM d", Locale.ENGLISH);
    private static final DateTimeFormatter RIS_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ENGLISH);

    /** A citation split around its italic part, so HTML can set the title in italics and plain text can copy it. */
    public record Styled(String before, String italic, String after) {

        /** The citation as plain text, for copying. */
        public String text() {
            return before + italic + after;
        }
    }

    /** The cited work's title: the page title, with the section after a colon, e.g. "Knee ultrasound: Effusion". */
    public String workTitle() {
        return section == null ? title : title + ": " + section;
    }

    /**
     * APA 7, web page by a group author whose name is also the site's (so the site name is not repeated), with a
     * retrieval date because the page changes over time:
     * {@code MSK Ultrasound Guide. (2026, November 2). Knee ultrasound. Retrieved November 29, 2026, from https://...}
     */
    public Styled apa() {
        String title = workTitle();
        return new Styled(site + ". (" + YEAR_MONTH_DAY.format(reviewed) + "). ", title,
                stop(title).substring(title.length()) + " Retrieved " + MONTH_DAY_YEAR.format(accessed) + ", from " + url);
    }

    /**
     * AMA 11, web page without a named author (the entry begins with the title), the website in italics:
     * {@code Knee ultrasound. MSK Ultrasound Guide. Updated November 2, 2026. Accessed November 29, 2026. https://...}
     */
    public Styled ama() {
        return new Styled(stop(workTitle()) + " ", site, ". Updated " + MONTH_DAY_YEAR.format(reviewed) + ". Accessed "
                + MONTH_DAY_YEAR.format(accessed) + ". " + url);
    }

    /**
     * RIS, the exchange format reference managers (Zotero, EndNote, Mendeley) import: an electronic source with its
     * title, website, year, date, address and access date. Lines end with CR LF, as the format expects.
     */
    public String ris() {
        return line("TY", "ELEC") + line("TI", workTitle()) + line("T2", site) + line("AU", site)
                + line("PY", String.valueOf(reviewed.getYear())) + line("DA", RIS_DATE.format(reviewed))
                + line("UR", url) + line("Y2", RIS_DATE.format(accessed)) + "ER  - \r\n";
    }

    private static String line(String tag, String value) {
        // A value never spans lines in RIS.
        return tag + "  - " + value.replaceAll("[\\r\\n]+", " ") + "\r\n";
    }

    // A title ending in ? or ! keeps its own mark instead of a full stop.
    private static String stop(String text) {
        return text.matches(".*[.?!]$") ? text : text + ".";
    }
}
