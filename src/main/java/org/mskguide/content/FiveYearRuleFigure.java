package org.mskguide.content;

import java.time.LocalDate;
import java.util.Map;

import org.mskguide.chart.Svg;
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

        Svg svg = new Svg().root(WIDTH, HEIGHT);
        svg.element("title", "The five-year rule as a timeline");
        svg.element("desc", "A first exam passed on " + passText + " opens a window that runs through the rest of "
                + firstYear + " and " + years + " more full calendar " + (years == 1 ? "year" : "years")
                + ". The second exam must be passed by " + deadlineText + ".");
        svg.open("defs").open("pattern", "id", NAME + "-hatch", "width", "10", "height", "10", "patternUnits",
                "userSpaceOnUse")
                .leaf("rect", "class", "f-accent2", "width", "10", "height", "10")
                .leaf("path", "class", "s-ink s-thin", "d", "M0 10L10 0").close().close();

        // First year: before the pass (not counted, dashed) and after it (counted, hatched).
        svg.leaf("rect", "class", "f-paper s-ink s-dash", "x", n(LEFT), "y", n(BAR_TOP), "width", n(passX - LEFT),
                "height", n(BAR_HEIGHT));
        svg.leaf("rect", "class", "s-ink", "fill", "url(#" + NAME + "-hatch)", "x", n(passX), "y", n(BAR_TOP),
                "width", n(LEFT + column - passX), "height", n(BAR_HEIGHT));
        // The full years, numbered inside when there is room.
        int every = (int) Math.ceil(MIN_LABELLED_COLUMN / column);
        for (int i = 1; i <= years; i++) {
            double x = LEFT + column * i;
            svg.leaf("rect", "class", "f-accent2 s-ink", "x", n(x), "y", n(BAR_TOP), "width", n(column), "height",
                    n(BAR_HEIGHT));
            if (every == 1) {
                svg.text(x + column / 2, BAR_TOP + 31, column >= 90 ? "Year " + i : Integer.toString(i),
                        "text-anchor", "middle");
            }
        }
        // Calendar years under the columns (every other one, or fewer, when columns get narrow).
        for (int i = 0; i <= years; i++) {
            // The deadline's year is always labelled; a regular label too close before it is left out.
            if (i == years || i % every == 0 && years - i >= every) {
                svg.text(LEFT + column * i + column / 2, barBottom + 26, Integer.toString(firstYear + i),
                        "text-anchor", "middle");
            }
        }
        // What the parts mean, in words, each under a bracket spanning its part of the bar.
        double fullStart = LEFT + column;
        double bracketTop = barBottom + 38;
        svg.leaf("path", "class", "s-ink", "fill", "none", "d", "M" + n(passX + 1) + " " + n(bracketTop) + "v8H"
                + n(fullStart - 3) + "v-8M" + n(fullStart + 3) + " " + n(bracketTop) + "v8H" + n(RIGHT - 1) + "v-8");
        // Kept inside the drawing when the first column is narrow (a long window).
        double restX = Math.max((passX + fullStart) / 2, LEFT + 52);
        svg.element("text", "Rest of " + firstYear, "class", "t-small", "x", n(restX), "y", n(bracketTop + 30),
                "text-anchor", "middle");
        svg.element("text", years + " full calendar " + (years == 1 ? "year" : "years"), "class", "t-small", "x",
                n(Math.max((fullStart + RIGHT) / 2, restX + 160)), "y", n(bracketTop + 30), "text-anchor", "middle");
        // The two dates, on their own rows so they never overlap.
        svg.leaf("path", "class", "s-ink s-thick", "d", "M" + n(passX) + " 42V" + n(barBottom + 6));
        boolean passFitsRight = passX + 300 < RIGHT;
        svg.element("text", "First exam passed: " + passText, "class", "t-bold", "x",
                n(passFitsRight ? passX + 8 : passX - 8), "y", "36", "text-anchor", passFitsRight ? null : "end");
        svg.leaf("path", "class", "s-accent s-thick", "d", "M" + n(RIGHT) + " 82V" + n(barBottom + 6));
        svg.element("text", "Deadline for the second exam: " + deadlineText, "class", "t-bold", "x", n(RIGHT - 8),
                "y", "76", "text-anchor", "end");
        return svg.finish();
    }

    private static String n(double value) {
        return Svg.num(value);
    }
}
