package org.mskguide.content;

import java.util.List;
import java.util.Map;

/**
 * A figure drawn by code from content data instead of a hand-written file, so it changes when the data does.
 * It is placed like any figure ({@code name: five-year-rule} in a {@code ```figure} block) and its SVG goes through
 * the same {@link FigureChecker} rules as a file. To add one: implement this interface and list it in {@link #ALL}.
 */
public interface GeneratedFigure {

    /** Every generated figure, by name; a file {@code figures/<name>.svg} with the same name is refused. */
    List<GeneratedFigure> ALL = List.of(new FiveYearRuleFigure());

    /** The name a {@code ```figure} block uses, e.g. {@code five-year-rule}. */
    String name();

    /** What it is drawn from, for messages, e.g. {@code credentials/rmsks.yml (examWindowYears)}. */
    String drawnFrom();

    /** The SVG, following the figure rules (title, desc, viewBox, palette classes, ids prefixed with the name). */
    String svg(Map<String, CredentialFacts> credentials);
}
