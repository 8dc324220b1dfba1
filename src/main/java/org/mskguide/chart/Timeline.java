package org.mskguide.chart;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * Events on a time line: each a shaped marker on a horizontal axis with its label above, in rows that never
 * overlap, joined to the marker by a dotted line. The axis runs from the first event to the last, with month or
 * year ticks.
 * <p>
 * Example: {@code new Timeline("self-check-timeline", "Your dates", "...", List.of(new Event("today", today,
 * "Today", "28 November 2026", Marker.CIRCLE), ...)).svg()}.
 *
 * @param id          unique on the page; ids inside start with it
 * @param title       the accessible name, short
 * @param description one or two sentences on what the timeline shows
 * @param events      at least one; drawn in date order
 */
public record Timeline(String id, String title, String description, List<Event> events) {

    private static final double LEFT = 24;
    private static final double RIGHT = Frame.WIDTH - 24;
    private static final double LABEL_ROW = 26;

    public Timeline {
        events = events.stream().sorted(Comparator.comparing(Event::date)).toList();
        if (events.isEmpty()) {
            throw new IllegalArgumentException("A timeline needs at least one event");
        }
    }

    /**
     * One event.
     *
     * @param key    id-safe; the event's element id is {@code <timeline>-event-<key>}
     * @param date   where it sits on the axis
     * @param what   what happens, e.g. "MSK exam deadline"
     * @param when   the date in words, e.g. "31 December 2031"
     * @param marker its shape
     */
    public record Event(String key, LocalDate date, String what, String when, Marker marker) {

        /** The label drawn next to the marker: {@code what: when}. */
        public String label() {
            return what + ": " + when;
        }
    }

    /** The first and last day on the axis. */
    public LocalDate start() {
        return events.get(0).date;
    }

    public LocalDate end() {
        LocalDate last = events.get(events.size() - 1).date;
        return last.equals(start()) ? last.plusDays(1) : last;
    }

    /** The timeline as an inline {@code <svg>} element. */
    public String svg() {
        LabelRows rows = new LabelRows(8, Frame.WIDTH - 8, Frame.FONT);
        List<LabelRows.Placed> placed = new ArrayList<>();
        for (Event event : events) {
            placed.add(rows.beside(x(event.date), event.label()));
        }
        double labelsTop = 12;
        double axisY = labelsTop + rows.rowCount() * LABEL_ROW + 24;
        double height = axisY + 44;

        EnumSet<Fill> none = EnumSet.noneOf(Fill.class);
        Svg svg = Frame.begin(id, height, title, description, false, none);

        svg.open("g", "class", "axis time-ticks", "font-size", Svg.num(Frame.SMALL));
        svg.leaf("line", "x1", Svg.num(LEFT), "x2", Svg.num(RIGHT), "y1", Svg.num(axisY), "y2", Svg.num(axisY),
                "class", "s-ink", "stroke-width", "2");
        LabelRows fit = new LabelRows(8, Frame.WIDTH - 8, Frame.SMALL);
        for (MonthTicks.Tick tick : MonthTicks.between(YearMonth.from(start()), YearMonth.from(end()), 7)) {
            LocalDate day = tick.month().atDay(1);
            if (day.isBefore(start()) || day.isAfter(end())) {
                continue;
            }
            double x = x(day);
            svg.leaf("line", "x1", Svg.num(x), "x2", Svg.num(x), "y1", Svg.num(axisY - 5), "y2",
                    Svg.num(axisY + 6), "class", "s-ink");
            LabelRows.Placed label = fit.centred(x, x, tick.label());
            if (label.row() == 0) {
                svg.text(label.x(), axisY + 26, tick.label(), "class", "tick", "text-anchor", "middle");
            }
        }
        svg.close();

        for (int i = 0; i < events.size(); i++) {
            Event event = events.get(i);
            LabelRows.Placed label = placed.get(i);
            double x = x(event.date);
            double labelY = labelsTop + (label.row() + 1) * LABEL_ROW - 6;
            svg.open("g", "class", "event", "id", id + "-event-" + event.key);
            svg.leaf("line", "x1", Svg.num(x), "x2", Svg.num(x), "y1", Svg.num(labelY + 5), "y2", Svg.num(axisY),
                    "class", "s-ink leader", "stroke-dasharray", "2 3");
            event.marker.draw(svg, x, axisY, "f-accent s-ink");
            svg.text(label.x(), labelY, event.label(), "class", "event-label halo", "text-anchor", label.anchor());
            svg.close();
        }
        return svg.finish();
    }

    /** Where a day sits on the axis: linear in days from {@link #start()} to {@link #end()}. */
    public double x(LocalDate day) {
        double span = end().toEpochDay() - start().toEpochDay();
        return LEFT + (day.toEpochDay() - start().toEpochDay()) / span * (RIGHT - LEFT);
    }
}
