package org.mskguide.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.mskguide.chart.ChartReader;
import org.mskguide.chart.Timeline;

class SelfCheckTimelineTest {

    private final CredentialRules rules = TestRules.standard();
    private final SelfChecker checker = new SelfChecker(rules, TestRules.on(2026, 11, 26));

    private Optional<SelfCheckTimeline> rmsk(int studies, Integer perMonth) {
        return SelfCheckTimeline.of(checker.check(TestRules.rmsk(Profession.PHYSICIAN, studies, perMonth)), rules);
    }

    private Optional<SelfCheckTimeline> rmsks(LocalDate spi) {
        return SelfCheckTimeline.of(checker.check(TestRules.rmsks(Profession.SONOGRAPHER,
                PrerequisiteChoice.PREREQUISITE, spi)), rules);
    }

    @Test
    void rmskTodayAndTheMonthTheMinimumIsReached() {
        SelfCheckTimeline timeline = rmsk(100, 8).orElseThrow();

        assertThat(timeline.events()).extracting(Timeline.Event::label).containsExactly("Today: 26 November 2026",
                "You could reach 150 studies: June 2027");
        Element svg = ChartReader.parse(timeline.svg());
        assertThat(svg.select(".event-label")).extracting(ChartReader::text)
                .containsExactlyElementsOf(timeline.events().stream().map(Timeline.Event::label).toList());
        assertThat(svg.selectFirst("desc").text()).isEqualTo("From today, 26 November 2026, to June 2027, when you"
                + " could reach 150 studies at your pace.");
    }

    @Test
    void rmsksTodayAndTheMsksExamDeadlineForANewCandidate() {
        SelfCheckTimeline timeline = rmsks(LocalDate.of(2025, 6, 6)).orElseThrow();

        assertThat(timeline.events()).extracting(Timeline.Event::key)
                .containsExactly(SelfCheckTimeline.TODAY, SelfCheckTimeline.MSK_EXAM);
        assertThat(timeline.events().get(1).label()).isEqualTo("Pass the MSKS exam by: 31 December 2030");
        assertThat(timeline.description()).contains("the last day to pass the MSKS exam under the 5-year rule");
    }

    @Test
    void answersWithNoDateAfterTodayGiveNoTimeline() {
        assertThat(rmsk(10, null)).isEmpty();
        assertThat(rmsk(10, 0)).isEmpty();
        assertThat(rmsk(200, 20)).isEmpty();
        assertThat(rmsks(null)).isEmpty();
        // An SPI pass whose window has closed is not a date ahead.
        assertThat(rmsks(LocalDate.of(2015, 3, 1))).isEmpty();
        // A registrant has no deadline at all.
        assertThat(SelfCheckTimeline.of(checker.check(TestRules.rmsks(Profession.SONOGRAPHER_ARDMS, null, null)),
                rules)).isEmpty();
    }
}
