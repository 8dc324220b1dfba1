package org.mskguide.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TimelineTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static Timeline timeline() {
        return new Timeline("t", "Your dates", "From today to the deadline.", List.of(
                new Timeline.Event("deadline", LocalDate.of(2031, 12, 31), "Pass the MSK exam by", "31 December 2031",
                        Marker.SQUARE),
                new Timeline.Event("today", TODAY, "Today", "28 November 2026", Marker.CIRCLE),
                new Timeline.Event("studies", LocalDate.of(2027, 3, 1), "You could reach 150 studies", "March 2027",
                        Marker.TRIANGLE)));
    }

    @Test
    void eventsAreInDateOrderWithTheirLabelsAndShapes() {
        Element svg = ChartReader.parse(timeline().svg());

        assertThat(svg.select("g.event")).extracting(Element::id).containsExactly("t-event-today", "t-event-studies",
                "t-event-deadline");
        assertThat(svg.select("g.event .event-label")).extracting(ChartReader::text).containsExactly(
                "Today: 28 November 2026", "You could reach 150 studies: March 2027",
                "Pass the MSK exam by: 31 December 2031");
        assertThat(svg.select("#t-event-today .marker-circle")).hasSize(1);
        assertThat(svg.select("#t-event-studies .marker-triangle")).hasSize(1);
        assertThat(svg.select("#t-event-deadline .marker-square")).hasSize(1);
    }

    @Test
    void positionsAreLinearInDaysAndYearTicksFallOnTheFirstOfJanuary() {
        Timeline timeline = timeline();
        Element svg = ChartReader.parse(timeline.svg());
        double today = ChartReader.num(svg.selectFirst("#t-event-today line"), "x1");
        double deadline = ChartReader.num(svg.selectFirst("#t-event-deadline line"), "x1");
        double studies = ChartReader.num(svg.selectFirst("#t-event-studies line"), "x1");

        double days = LocalDate.of(2031, 12, 31).toEpochDay() - TODAY.toEpochDay();
        double studiesDays = LocalDate.of(2027, 3, 1).toEpochDay() - TODAY.toEpochDay();
        assertThat((studies - today) / (deadline - today)).isCloseTo(studiesDays / days, offset(0.001));
        assertThat(svg.select("g.time-ticks text.tick")).extracting(ChartReader::text)
                .containsExactly("2027", "2028", "2029", "2030", "2031");
        assertThat(ChartReader.num(svg.selectFirst("g.time-ticks line:nth-of-type(2)"), "x1"))
                .isCloseTo(timeline.x(LocalDate.of(2027, 1, 1)), offset(0.06));
    }

    @Test
    void labelsThatWouldCollideGoOnSeparateRows() {
        Element svg = ChartReader.parse(timeline().svg());
        double todayY = ChartReader.num(svg.selectFirst("#t-event-today text"), "y");
        double studiesY = ChartReader.num(svg.selectFirst("#t-event-studies text"), "y");

        // Three months apart on a five-year line: the two labels would overlap on one row.
        assertThat(studiesY).isNotEqualTo(todayY);
    }
}
