package org.mskguide.content;

import java.time.LocalDate;
import java.util.Map;

import org.mskguide.web.Dates;

/**
 * The five-year rule as a timeline, drawn from {@code examWindowYears}: one column per calendar year from the
 * example's first pass to the deadline. The first year is split at the pass date (before it: dashed and empty;
 * after it: hatched, "rest of 2011"), the full years are solid and numbered, and two marked lines name the first
 * pass and the deadline. Meaning is carried by words, hatching and dashes as well as colour. Every position and
 * label is computed; change the value and the drawing follows.
 */
final class FiveYearRuleFigure implements GeneratedFigure {

    static final String NAME = "five-year-rule";

    private static final int WIDTH = 720;
    private static final int HEIGHT = 245;
    private static final double LEFT = 30;
    private static final double RIGHT = 690;
    private static final double BAR_TOP = 110;
    private static final double BAR_HEIGHT = 50;
    /** Narrowest column that still fits a four-digit year label at 18 units. */
    private static final double MIN_LABELLED_COLUMN = 52;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String drawnFrom() {
        return "credentials/rmsks.yml (examWindowYears)";
    }

    @Override
    public String svg(Map<String, CredentialFacts> credentials) {
        CredentialFacts rmsks = credentials.get("rmsks");
        if (rmsks == null) {
            throw new ContentException("credentials/rmsks.yml", "is needed by the generated figure " + NAME);
        }
        return draw(FiveYearRule.of(rmsks));
    }

    static String draw(FiveYearRule rule) {
        LocalDate pass = FiveYearRule.EXAMPLE_PASS;
        LocalDate deadline = rule.deadline(pass);
        int years = rule.years();
        int firstYear = pass.getYear();
        double column = (RIGHT - LEFT) / (years + 1);
        double passX = LEFT + column * (pass.getDayOfYear() - 1) / pass.lengthOfYear();
        double barBottom = BAR_TOP + BAR_HEIGHT;
        String passText = Dates.day(pass);
        String deadlineText = Dates.day(deadline);

        Svg svg = new Svg();
        svg.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\">");
        svg.raw("<title>The five-year rule as a timeline</title>");
        svg.raw("<desc>").text("A first exam passed on " + passText + " opens a window that runs through the rest of "
                + firstYear + " and " + years + " more full calendar " + (years == 1 ? "year" : "years")
                + ". The second exam must be passed by " + deadlineText + ".").raw("</desc>");
        svg.raw("<defs><pattern id=\"" + NAME + "-hatch\" width=\"10\" height=\"10\" patternUnits=\"userSpaceOnUse\">"
                + "<rect class=\"f-accent2\" width=\"10\" height=\"10\"/>"
                + "<path class=\"s-ink s-thin\" d=\"M0 10L10 0\"/></pattern></defs>");

        // First year: before the pass (not counted, dashed) and after it (counted, hatched).
        svg.raw("<rect class=\"f-paper s-ink s-dash\" x=\"" + n(LEFT) + "\" y=\"" + n(BAR_TOP) + "\" width=\""
                + n(passX - LEFT) + "\" height=\"" + n(BAR_HEIGHT) + "\"/>");
        svg.raw("<rect class=\"s-ink\" fill=\"url(#" + NAME + "-hatch)\" x=\"" + n(passX) + "\" y=\"" + n(BAR_TOP)
                + "\" width=\"" + n(LEFT + column - passX) + "\" height=\"" + n(BAR_HEIGHT) + "\"/>");
        // The full years, numbered inside when there is room.
        int every = (int) Math.ceil(MIN_LABELLED_COLUMN / column);
        for (int i = 1; i <= years; i++) {
            double x = LEFT + column * i;
            svg.raw("<rect class=\"f-accent2 s-ink\" x=\"" + n(x) + "\" y=\"" + n(BAR_TOP) + "\" width=\"" + n(column)
                    + "\" height=\"" + n(BAR_HEIGHT) + "\"/>");
            if (every == 1) {
                svg.raw("<text x=\"" + n(x + column / 2) + "\" y=\"" + n(BAR_TOP + 31) + "\" text-anchor=\"middle\">")
                        .text(column >= 90 ? "Year " + i : Integer.toString(i)).raw("</text>");
            }
        }
        // Calendar years under the columns (every other one, or fewer, when columns get narrow).
        for (int i = 0; i <= years; i++) {
            // The deadline's year is always labelled; a regular label too close before it is left out.
            if (i == years || i % every == 0 && years - i >= every) {
                svg.raw("<text x=\"" + n(LEFT + column * i + column / 2) + "\" y=\"" + n(barBottom + 26)
                        + "\" text-anchor=\"middle\">").text(Integer.toString(firstYear + i)).raw("</text>");
            }
        }
        // What the parts mean, in words, each under a bracket spanning its part of the bar.
        double fullStart = LEFT + column;
        double bracketTop = barBottom + 38;
        svg.raw("<path class=\"s-ink\" fill=\"none\" d=\"M" + n(passX + 1) + " " + n(bracketTop) + "v8H"
                + n(fullStart - 3) + "v-8M" + n(fullStart + 3) + " " + n(bracketTop) + "v8H" + n(RIGHT - 1)
                + "v-8\"/>");
        // Kept inside the drawing when the first column is narrow (a long window).
        double restX = Math.max((passX + fullStart) / 2, LEFT + 52);
        svg.raw("<text class=\"t-small\" x=\"" + n(restX) + "\" y=\"" + n(bracketTop + 30)
                + "\" text-anchor=\"middle\">").text("Rest of " + firstYear).raw("</text>");
        svg.raw("<text class=\"t-small\" x=\"" + n(Math.max((fullStart + RIGHT) / 2, restX + 160)) + "\" y=\""
                + n(bracketTop + 30) + "\" text-anchor=\"middle\">")
                .text(years + " full calendar " + (years == 1 ? "year" : "years")).raw("</text>");
        // The two dates, on their own rows so they never overlap.
        svg.raw("<path class=\"s-ink s-thick\" d=\"M" + n(passX) + " 42V" + n(barBottom + 6) + "\"/>");
        boolean passFitsRight = passX + 300 < RIGHT;
        svg.raw("<text class=\"t-bold\" x=\"" + n(passFitsRight ? passX + 8 : passX - 8) + "\" y=\"36\""
                + (passFitsRight ? "" : " text-anchor=\"end\"") + ">").text("First exam passed: " + passText)
                .raw("</text>");
        svg.raw("<path class=\"s-accent s-thick\" d=\"M" + n(RIGHT) + " 82V" + n(barBottom + 6) + "\"/>");
        svg.raw("<text class=\"t-bold\" x=\"" + n(RIGHT - 8) + "\" y=\"76\" text-anchor=\"end\">")
                .text("Deadline for the second exam: " + deadlineText).raw("</text>");
        return svg.raw("</svg>").toString();
    }

    private static String n(double value) {
        return Figure.number(Math.round(value * 10) / 10.0);
    }

    /** A string builder that escapes the text it is given. */
    private static final class Svg {
        private final StringBuilder out = new StringBuilder(4096);

        Svg raw(String markup) {
            out.append(markup);
            return this;
        }

        Svg text(String text) {
            out.append(FigureHtml.escape(text));
            return this;
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
