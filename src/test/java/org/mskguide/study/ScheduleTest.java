package org.mskguide.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ScheduleTest {

    private static final LocalDate START = LocalDate.of(2026, 11, 26);

    /** A fixed clock per simulated day, as the application injects one. */
    private static LocalDate day(int offset) {
        Clock clock = Clock.fixed(START.plusDays(offset).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        return LocalDate.now(clock);
    }

    @Test
    void aQuestionAnsweredRightEachTimeWaitsOneTwoFourEightSixteenDays() {
        StudyCard card = Schedule.add(new StudyCard(Map.of()), Map.of("a", false), day(0));
        assertThat(card.entries().get("a")).isEqualTo(new StudyCard.Entry(1, day(1).toEpochDay()));
        int today = 0;
        List<Integer> waits = new java.util.ArrayList<>();
        for (int review = 0; review < 6; review++) {
            // Walk the simulated days until the question is due, checking it is not due a day early.
            int dueOffset = (int) (card.entries().get("a").dueDay() - START.toEpochDay());
            assertThat(Schedule.due(card, day(dueOffset - 1))).isEmpty();
            assertThat(Schedule.due(card, day(dueOffset))).containsExactly("a");
            today = dueOffset;
            card = Schedule.review(card, Map.of("a", true), day(today));
            waits.add((int) (card.entries().get("a").dueDay() - day(today).toEpochDay()));
        }
        assertThat(waits).containsExactly(2, 4, 8, 16, 16, 16);
        assertThat(card.entries().get("a").box()).isEqualTo(StudyCard.MAX_BOX);
    }

    @Test
    void aWrongAnswerSendsItBackToBoxOneDueTomorrow() {
        StudyCard card = new StudyCard(Map.of("a", new StudyCard.Entry(4, day(0).toEpochDay())));
        StudyCard after = Schedule.review(card, Map.of("a", false), day(0));
        assertThat(after.entries().get("a")).isEqualTo(new StudyCard.Entry(1, day(1).toEpochDay()));
    }

    @Test
    void questionsLeftOutOrNotOnTheCardAreUnchanged() {
        StudyCard card = new StudyCard(Map.of("a", new StudyCard.Entry(2, day(0).toEpochDay())));
        assertThat(Schedule.review(card, Map.of("zzz", true), day(0))).isEqualTo(card);
    }

    @Test
    void theSessionTakesOldestThenLowestBoxInterleavedAcrossTopicsAtMostTen() {
        Map<String, StudyCard.Entry> entries = new LinkedHashMap<>();
        Map<String, String> topics = new LinkedHashMap<>();
        for (int i = 0; i < 8; i++) {
            entries.put("x" + i, new StudyCard.Entry(1 + i % 5, day(-i).toEpochDay()));
            topics.put("x" + i, "topic-x");
            entries.put("y" + i, new StudyCard.Entry(2, day(-i).toEpochDay()));
            topics.put("y" + i, "topic-y");
        }
        entries.put("future", new StudyCard.Entry(1, day(3).toEpochDay()));
        topics.put("future", "topic-x");
        entries.put("retired", new StudyCard.Entry(1, day(-20).toEpochDay()));
        StudyCard card = new StudyCard(entries);

        List<String> session = Schedule.session(card, day(0), topics::get);

        assertThat(session).hasSize(Schedule.SESSION_SIZE).doesNotContain("future", "retired");
        // x7 and y7 are the oldest (7 days overdue); x7 is in box 3, y7 in box 2, so y7 first; then topics alternate.
        assertThat(session.subList(0, 4)).containsExactly("y7", "x7", "y6", "x6");
        for (int i = 1; i < session.size(); i++) {
            assertThat(topics.get(session.get(i))).isNotEqualTo(topics.get(session.get(i - 1)));
        }
    }

    @Test
    void countsWhatComesDueTomorrowAndWithinAWeek() {
        Map<String, StudyCard.Entry> entries = new LinkedHashMap<>();
        entries.put("today", new StudyCard.Entry(1, day(0).toEpochDay()));
        entries.put("tomorrow", new StudyCard.Entry(1, day(1).toEpochDay()));
        entries.put("in-a-week", new StudyCard.Entry(3, day(7).toEpochDay()));
        entries.put("later", new StudyCard.Entry(5, day(8).toEpochDay()));
        StudyCard card = new StudyCard(entries);
        assertThat(Schedule.dueWithin(card, day(0), 1)).isEqualTo(1);
        assertThat(Schedule.dueWithin(card, day(0), 7)).isEqualTo(2);
        assertThat(Schedule.due(card, day(0))).containsExactly("today");
    }
}
