package org.mskguide.eligibility.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mskguide.eligibility.InputLimits;
import org.mskguide.eligibility.TestRules;

class StudyPlannerTest {

    private final StudyPlanner planner = new StudyPlanner(TestRules.standard(), TestRules.on(2026, 11, 26));

    private static StudyMonth month(int year, int month, int count) {
        return new StudyMonth(YearMonth.of(year, month), count, 1);
    }

    @Test
    void theWindowIsTheApplicationMonthAndThe35Before() {
        // Applying in January 2027 with a 36-month window: February 2024 counts, January 2024 does not.
        StudyPlan plan = planner.plan(List.of(month(2024, 1, 100), month(2024, 2, 7), month(2026, 11, 3)),
                YearMonth.of(2027, 1), 0);

        assertThat(plan.windowStart()).isEqualTo(YearMonth.of(2024, 2));
        assertThat(plan.counted()).isEqualTo(10);
        assertThat(plan.months()).extracting(StudyPlan.PlanMonth::status).containsExactly(
                StudyPlan.PlanMonth.Status.BEFORE_WINDOW, StudyPlan.PlanMonth.Status.COUNTED,
                StudyPlan.PlanMonth.Status.COUNTED);
        assertThat(plan.droppedOut()).extracting(StudyPlan.PlanMonth::month).containsExactly(YearMonth.of(2024, 1));
    }

    @Test
    void aMonthCountsUpToItsLastApplicationMonthAndNotOneMonthLater() {
        List<StudyMonth> log = List.of(month(2024, 2, 150));

        StudyPlan lastMonth = planner.plan(log, YearMonth.of(2027, 1), 0);
        StudyPlan oneLater = planner.plan(log, YearMonth.of(2027, 2), 0);

        assertThat(lastMonth.metAtApplication()).isTrue();
        assertThat(lastMonth.months().get(0).lastCountsFor()).isEqualTo(YearMonth.of(2027, 1));
        assertThat(lastMonth.months().get(0).leavesWindowIn()).isEqualTo(YearMonth.of(2027, 2));
        assertThat(oneLater.counted()).isZero();
        assertThat(oneLater.shortBy()).isEqualTo(150);
    }

    @Test
    void monthsAfterTheApplicationMonthDoNotCount() {
        StudyPlan plan = planner.plan(List.of(month(2026, 5, 40), month(2026, 6, 40)), YearMonth.of(2026, 5), 0);

        assertThat(plan.counted()).isEqualTo(40);
        assertThat(plan.months().get(1).status()).isEqualTo(StudyPlan.PlanMonth.Status.AFTER_APPLICATION);
    }

    @Test
    void theEarliestMonthAccountsForMonthsFallingOut() {
        List<StudyMonth> log = List.of(month(2024, 1, 10), month(2024, 2, 10), month(2025, 6, 40),
                month(2026, 10, 30), month(2026, 11, 5));

        StudyPlan plan = planner.plan(log, YearMonth.of(2027, 1), null);

        // The pace is the last 6 months' average, rounded down: (30 + 5) / 6 = 5.
        assertThat(plan.pace()).isEqualTo(5);
        assertThat(plan.paceFromLog()).isTrue();
        // January 2028: 40 + 30 + 5 logged plus 14 months at 5 = 145. February 2028: 15 months at 5 = 150.
        assertThat(plan.earliest()).isEqualTo(YearMonth.of(2028, 2));
        assertThat(StudyPlanner.windowTotal(Map.of(YearMonth.of(2025, 6), 40, YearMonth.of(2026, 10), 30,
                YearMonth.of(2026, 11), 5), YearMonth.of(2028, 1), 36, YearMonth.of(2026, 11), 5)).isEqualTo(145);
        assertThat(plan.projectedAtApplication()).isEqualTo(85 + 2 * 5);
    }

    @Test
    void alreadyEnoughMeansThisMonth() {
        StudyPlan plan = planner.plan(List.of(month(2026, 1, 150)), YearMonth.of(2026, 11), null);

        assertThat(plan.earliest()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(plan.metNow()).isTrue();
        assertThat(plan.projectedAtApplication()).isNull();
    }

    @Test
    void aPaceTooSlowToFillTheWindowNeverGetsThere() {
        StudyPlan plan = planner.plan(List.of(month(2026, 11, 4)), YearMonth.of(2027, 6), 4);

        // 4 a month for 36 months is 144, short of 150; 5 a month would do.
        assertThat(plan.earliest()).isNull();
        assertThat(plan.maxAtPace()).isEqualTo(144);
        assertThat(plan.minimumPace()).isEqualTo(5);
        // 5 logged in November 2026, then 5 a month from December: 29 months later the window holds 150.
        assertThat(planner.plan(List.of(month(2026, 11, 5)), YearMonth.of(2027, 6), 5).earliest())
                .isEqualTo(YearMonth.of(2029, 4));
    }

    @Test
    void theReadersOwnPaceWins() {
        StudyPlan plan = planner.plan(List.of(month(2026, 11, 140)), YearMonth.of(2027, 1), 10);

        assertThat(plan.pace()).isEqualTo(10);
        assertThat(plan.paceFromLog()).isFalse();
        assertThat(plan.earliest()).isEqualTo(YearMonth.of(2026, 12));
    }

    @Test
    void theWindowAndMinimumComeFromTheRulesData() {
        List<StudyMonth> log = new ArrayList<>();
        for (int m = 1; m <= 11; m++) {
            log.add(month(2026, m, 10));
        }
        StudyPlanner shortWindow = new StudyPlanner(TestRules.with(Map.of("studiesWindowMonths", 6,
                "studiesRequired", 50)), TestRules.on(2026, 11, 26));

        StudyPlan plan = shortWindow.plan(log, YearMonth.of(2026, 11), 0);

        assertThat(plan.windowStart()).isEqualTo(YearMonth.of(2026, 6));
        assertThat(plan.counted()).isEqualTo(60);
        assertThat(plan.required()).isEqualTo(50);
        assertThat(plan.windowMonths()).isEqualTo(6);
        StudyPlan real = new StudyPlanner(TestRules.real(), TestRules.on(2026, 11, 26)).plan(log, YearMonth.of(2026, 11), 0);
        assertThat(real.windowMonths()).isEqualTo(TestRules.real().windowMonths());
        assertThat(real.required()).isEqualTo(TestRules.real().required());
    }

    @Test
    void theTimelineRunsWithoutGapsFromTheOldestLoggedMonthToTheEarliestMonth() {
        List<StudyMonth> log = List.of(month(2024, 1, 10), month(2024, 2, 10), month(2025, 6, 40),
                month(2026, 10, 30), month(2026, 11, 5));

        StudyPlan plan = planner.plan(log, YearMonth.of(2027, 1), null);

        assertThat(plan.timelineStart()).isEqualTo(YearMonth.of(2024, 1));
        assertThat(plan.timeline().get(plan.timeline().size() - 1).month()).isEqualTo(plan.earliest());
        for (int i = 1; i < plan.timeline().size(); i++) {
            assertThat(plan.timeline().get(i).month()).isEqualTo(plan.timeline().get(i - 1).month().plusMonths(1));
        }
        assertThat(plan.timelineCut()).isFalse();
    }

    @Test
    void eachTimelineMonthCarriesItsLogOrThePaceAndItsWindowTotal() {
        List<StudyMonth> log = List.of(month(2024, 1, 10), month(2025, 6, 40), month(2026, 11, 5));
        Map<YearMonth, Integer> counts = Map.of(YearMonth.of(2024, 1), 10, YearMonth.of(2025, 6), 40,
                YearMonth.of(2026, 11), 5);

        StudyPlan plan = planner.plan(log, YearMonth.of(2027, 1), 4);

        for (StudyPlan.TimelineMonth m : plan.timeline()) {
            assertThat(m.windowTotal()).as(m.month().toString())
                    .isEqualTo(StudyPlanner.windowTotal(counts, m.month(), 36, plan.thisMonth(), 4));
            if (m.month().isAfter(plan.thisMonth())) {
                assertThat(m.projected()).isEqualTo(4);
                assertThat(m.logged()).isNull();
            } else {
                assertThat(m.projected()).isNull();
                assertThat(m.logged()).isEqualTo(counts.get(m.month()));
            }
        }
        assertThat(plan.timeline()).filteredOn(m -> m.month().equals(YearMonth.of(2024, 1))).singleElement()
                .extracting(StudyPlan.TimelineMonth::status).isEqualTo(StudyPlan.PlanMonth.Status.BEFORE_WINDOW);
    }

    @Test
    void theEarliestMonthIsTheFirstFromNowWhoseWindowTotalReachesTheMinimum() {
        // What the chart's line shows must agree with the sentence above it.
        List<StudyMonth> log = List.of(month(2024, 3, 60), month(2025, 6, 40), month(2026, 10, 30), month(2026, 11, 5));

        for (Integer pace : new Integer[] { null, 0, 1, 3, 5, 20 }) {
            StudyPlan plan = planner.plan(log, YearMonth.of(2027, 6), pace);
            StudyPlan.TimelineMonth first = plan.timeline().stream()
                    .filter(m -> !m.month().isBefore(plan.thisMonth()) && m.windowTotal() >= plan.required())
                    .findFirst().orElse(null);
            assertThat(first == null ? null : first.month()).as("pace " + pace).isEqualTo(plan.earliest());
        }
    }

    @Test
    void aVeryLongLogIsCutToElevenYearsOnTheTimelineButNotInTheTable() {
        List<StudyMonth> log = new ArrayList<>();
        for (int y = 2010; y <= 2026; y++) {
            log.add(month(y, 6, 10));
        }

        StudyPlan plan = planner.plan(log, YearMonth.of(2027, 1), 0);

        assertThat(plan.timeline()).hasSize(StudyPlan.MAX_TIMELINE_MONTHS);
        assertThat(plan.timelineCut()).isTrue();
        assertThat(plan.timelineStart()).isEqualTo(YearMonth.of(2027, 1).minusMonths(StudyPlan.MAX_TIMELINE_MONTHS - 1));
        assertThat(plan.months()).hasSize(log.size());
        // Even an application month ten years ahead keeps this month and the year before it on the timeline.
        StudyPlan far = planner.plan(log, YearMonth.of(2026, 11).plusYears(InputLimits.MAX_YEARS_AHEAD), 0);
        assertThat(far.timelineStart()).isBeforeOrEqualTo(far.thisMonth().minusMonths(11));
        assertThat(far.timeline()).extracting(StudyPlan.TimelineMonth::month).contains(YearMonth.of(2026, 6));
    }
}
