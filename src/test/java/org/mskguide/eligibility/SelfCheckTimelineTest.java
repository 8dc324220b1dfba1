package org.mskguide.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.mskguide.chart.ChartReader;
import org.mskguide.chart.Timeline;

class SelfCheckTimelineTest {

    private final RmsksRules rules = TestRules.standard();
    private final RmsksChecker checker = new RmsksChecker(rules, TestRules.on(2026, 11, 26));

    private Optional<SelfCheckTimeline> timeline(int studies, Integer perMonth, LocalDate spi) {
        return SelfCheckTimeline.of(checker.check(new RmsksAnswers(true, null, studies, perMonth, null, spi)), rules);
    }

    @Test
    void todayTheMonthTheMinimumIsReachedAndTheMskExamDeadline() {
        SelfCheckTimeline timeline = timeline(100, 8, LocalDate.of(2025, 6, 6)).orElseThrow();

        assertThat(timeline.events()).extracting(Timeline.Event::label).containsExactly("Today: 26 November 2026",
                "You could reach 150 studies: June 2027", "Pass the MSK exam by: 31 December 2030");
        Element svg = ChartReader.parse(timeline.svg());
        assertThat(svg.select(".event-label")).extracting(ChartReader::text)
                .containsExactlyElementsOf(timeline.events().stream().map(Timeline.Event::label).toList());
        assertThat(svg.selectFirst("desc").text()).isEqualTo("From today, 26 November 2026, to June 2027, when you"
                + " could reach 150 studies at your pace, and on to 31 December 2030, the last day to pass the MSK"
                + " exam under the 5-year rule.");
    }

    @Test
    void onlyTheDatesTheAnswersGiveAreDrawn() {
        assertThat(timeline(100, 8, null).orElseThrow().events()).extracting(Timeline.Event::key)
                .containsExactly(SelfCheckTimeline.TODAY, SelfCheckTimeline.STUDIES);
        assertThat(timeline(150, null, LocalDate.of(2025, 6, 6)).orElseThrow().events()).extracting(Timeline.Event::key)
                .containsExactly(SelfCheckTimeline.TODAY, SelfCheckTimeline.MSK_EXAM);
    }

    @Test
    void answersWithNoDateAfterTodayGiveNoTimeline() {
        assertThat(timeline(10, null, null)).isEmpty();
        assertThat(timeline(10, 0, null)).isEmpty();
        assertThat(timeline(200, 20, null)).isEmpty();
        // An SPI pass whose window has closed is not a date ahead.
        assertThat(timeline(200, null, LocalDate.of(2015, 3, 1))).isEmpty();
    }

    @Test
    void aMinimumReachedAfterTheDeadlineIsSaid() {
        SelfCheckTimeline timeline = timeline(0, 1, LocalDate.of(2021, 2, 1)).orElseThrow();

        assertThat(timeline.description()).endsWith("The month you could reach 150 studies comes after that last day.");
    }
}
