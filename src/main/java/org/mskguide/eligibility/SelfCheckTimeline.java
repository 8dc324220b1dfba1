package org.mskguide.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mskguide.chart.Marker;
import org.mskguide.chart.Timeline;

/**
 * The self-check result's dates on a line: today, the month the studies minimum could be reached at the reader's
 * pace, and the last day to pass the MSKS exam under the exam window. Both the chart and the table of dates under it
 * are made from {@link #events()}. There is no timeline when the answers give no date after today (no pace, or the
 * minimum already met, and no SPI pass whose window is still open).
 * <p>
 * Example: {@code SelfCheckTimeline.of(verdict, rules).map(SelfCheckTimeline::svg)}.
 *
 * @param events      the events, in date order
 * @param description what the timeline shows, in one or two sentences (the chart's {@code <desc>})
 */
public record SelfCheckTimeline(List<Timeline.Event> events, String description) {

    /** The chart's id on the page; ids inside it start with this. */
    public static final String ID = "self-check-timeline";
    public static final String TODAY = "today";
    public static final String STUDIES = "studies";
    public static final String MSK_EXAM = "msk-exam";

    public SelfCheckTimeline {
        events = List.copyOf(events);
    }

    /** The timeline for a verdict, or empty when the answers give no date after today. */
    public static Optional<SelfCheckTimeline> of(Verdict verdict, CredentialRules rules) {
        LocalDate today = verdict.today();
        List<Timeline.Event> events = new ArrayList<>();
        events.add(new Timeline.Event(TODAY, today, "Today", Wording.day(today), Marker.CIRCLE));
        String required = Wording.number(rules.required());
        if (verdict.reachesStudiesIn() != null) {
            events.add(new Timeline.Event(STUDIES, verdict.reachesStudiesIn().atDay(1),
                    "You could reach " + required + " studies", Wording.month(verdict.reachesStudiesIn()),
                    Marker.TRIANGLE));
        }
        LocalDate deadline = verdict.mskExamDeadline();
        if (deadline != null && !deadline.isBefore(today)) {
            events.add(new Timeline.Event(MSK_EXAM, deadline, "Pass the MSKS exam by", Wording.day(deadline),
                    Marker.SQUARE));
        }
        if (events.size() < 2) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder("From today, ").append(Wording.day(today));
        if (verdict.reachesStudiesIn() != null) {
            text.append(", to ").append(Wording.month(verdict.reachesStudiesIn())).append(", when you could reach ")
                    .append(required).append(" studies at your pace");
        }
        if (deadline != null && !deadline.isBefore(today)) {
            text.append(verdict.reachesStudiesIn() != null ? ", and on to " : ", to ")
                    .append(Wording.day(deadline)).append(", the last day to pass the MSKS exam under the ")
                    .append(rules.examWindowYears().value()).append("-year rule");
        }
        text.append('.');
        if (verdict.reachesStudiesIn() != null && deadline != null
                && verdict.reachesStudiesIn().atDay(1).isAfter(deadline)) {
            text.append(" The month you could reach ").append(required)
                    .append(" studies comes after that last day.");
        }
        return Optional.of(new SelfCheckTimeline(events, text.toString()));
    }

    /** The timeline as an inline {@code <svg>}. */
    public String svg() {
        return new Timeline(ID, "Your dates", description, events).svg();
    }
}
