package org.mskguide.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RmsksCheckerTest {

    private static final Clock NOV_2026 = TestRules.on(2026, 11, 26);

    private final RmsksRules rules = TestRules.real();
    private final RmsksChecker checker = new RmsksChecker(rules, NOV_2026);

    private static RmsksAnswers answers(boolean credential, int studies) {
        return new RmsksAnswers(credential, null, studies, null, null, null);
    }

    @Test
    void oneStudyShortIsNotYetMetAndSaysHowManyMore() {
        Verdict v = checker.check(answers(true, rules.required() - 1));

        Criterion studies = v.criterion("studies");
        assertThat(studies.status()).isEqualTo(CriterionStatus.NOT_MET);
        assertThat(studies.shortBy()).isEqualTo(1);
        assertThat(studies.required()).isEqualTo(rules.required());
        assertThat(studies.reported()).isEqualTo(rules.required() - 1);
        assertThat(studies.reason()).contains("You reported " + (rules.required() - 1) + " studies; 1 more is needed");
        assertThat(v.meetsPrerequisites()).isFalse();
    }

    @Test
    void exactlyTheMinimumIsMet() {
        Verdict v = checker.check(answers(true, rules.required()));

        assertThat(v.criterion("studies").status()).isEqualTo(CriterionStatus.MET);
        assertThat(v.criterion("studies").shortBy()).isZero();
        assertThat(v.meetsPrerequisites()).isTrue();
        assertThat(v.nextSteps()).extracting(NextStep::id).doesNotContain("studies");
    }

    @Test
    void zeroStudiesNeedTheWholeMinimum() {
        Criterion studies = checker.check(answers(true, 0)).criterion("studies");

        assertThat(studies.status()).isEqualTo(CriterionStatus.NOT_MET);
        assertThat(studies.shortBy()).isEqualTo(rules.required());
        assertThat(studies.reason()).contains("You reported 0 studies; " + rules.required() + " more are needed");
    }

    @Test
    void noCredentialIsNotYetMetEvenWithEnoughStudies() {
        Verdict v = checker.check(answers(false, rules.required() + 10));

        assertThat(v.criterion("credential").status()).isEqualTo(CriterionStatus.NOT_MET);
        assertThat(v.criterion("studies").status()).isEqualTo(CriterionStatus.MET);
        assertThat(v.meetsPrerequisites()).isFalse();
        assertThat(v.nextSteps()).extracting(NextStep::id).contains("credential");
    }

    @Test
    void credentialWithTooFewStudiesMeetsOneOfTwo() {
        Verdict v = checker.check(answers(true, 20));

        assertThat(v.criterion("credential").status()).isEqualTo(CriterionStatus.MET);
        assertThat(v.criterion("studies").status()).isEqualTo(CriterionStatus.NOT_MET);
        assertThat(v.prerequisitesMet()).isEqualTo(1);
        assertThat(v.prerequisiteCount()).isEqualTo(2);
        assertThat(v.meetsPrerequisites()).isFalse();
    }

    @Test
    void monthlyRateGivesTheMonthTheMinimumIsReached() {
        RmsksChecker standard = new RmsksChecker(TestRules.standard(), NOV_2026);

        // 12 short at 6 a month: 2 months after November 2026.
        Verdict v = standard.check(new RmsksAnswers(true, CredentialType.RN, 138, 6, 12, null));

        assertThat(v.reachesStudiesIn()).isEqualTo(YearMonth.of(2027, 1));
        assertThat(v.criterion("studies").reason())
                .contains("You reported 138 studies; 12 more are needed")
                .contains("At 6 a month, you could reach 150 in January 2027")
                .contains("stay inside the 36-month window");
    }

    @Test
    void aPartMonthRoundsUp() {
        RmsksChecker standard = new RmsksChecker(TestRules.standard(), NOV_2026);

        // 12 short at 5 a month: 2.4 months, so the third month after this one.
        assertThat(standard.check(new RmsksAnswers(true, null, 138, 5, null, null)).reachesStudiesIn())
                .isEqualTo(YearMonth.of(2027, 2));
    }

    @Test
    void noDateWithoutARateOrWithAZeroRateOrWhenAlreadyMet() {
        assertThat(checker.check(new RmsksAnswers(true, null, 10, null, null, null)).reachesStudiesIn()).isNull();
        Verdict zero = checker.check(new RmsksAnswers(true, null, 10, 0, null, null));
        assertThat(zero.reachesStudiesIn()).isNull();
        assertThat(zero.criterion("studies").reason()).contains("At 0 a month you would not reach");
        assertThat(checker.check(new RmsksAnswers(true, null, rules.required(), 9, null, null)).reachesStudiesIn())
                .isNull();
    }

    @Test
    void cmeBelowTheRecommendationIsRecommendedNeverAFailure() {
        int recommended = rules.cmeRecommended().value();

        Verdict none = checker.check(new RmsksAnswers(true, null, rules.required(), null, 0, null));
        Verdict some = checker.check(new RmsksAnswers(true, null, rules.required(), null, recommended - 1, null));
        Verdict enough = checker.check(new RmsksAnswers(true, null, rules.required(), null, recommended, null));
        Verdict unknown = checker.check(answers(true, rules.required()));

        assertThat(none.criterion("cme").status()).isEqualTo(CriterionStatus.RECOMMENDED);
        assertThat(some.criterion("cme").status()).isEqualTo(CriterionStatus.RECOMMENDED);
        assertThat(some.criterion("cme").reason()).contains("1 more").contains("not required");
        assertThat(unknown.criterion("cme").status()).isEqualTo(CriterionStatus.RECOMMENDED);
        assertThat(enough.criterion("cme").status()).isEqualTo(CriterionStatus.MET);
        assertThat(none.meetsPrerequisites()).isTrue();
        assertThat(none.criterion("cme").kind()).isEqualTo(Criterion.Kind.RECOMMENDATION);
    }

    @Test
    void spiPassGivesTheMskExamDeadlineInCalendarYears() {
        RmsksChecker standard = new RmsksChecker(TestRules.standard(), NOV_2026);

        Verdict v = standard.check(new RmsksAnswers(true, null, 150, null, null, LocalDate.of(2025, 6, 1)));

        assertThat(v.mskExamDeadline()).isEqualTo(LocalDate.of(2030, 12, 31));
        assertThat(v.criterion("spi").status()).isEqualTo(CriterionStatus.MET);
        assertThat(v.criterion("spi").reason()).contains("pass the MSK exam by 31 December 2030");
        assertThat(v.nextSteps()).extracting(NextStep::id).contains("msk-exam");
    }

    @Test
    void theExamWindowRunsToTheEndOfACalendarYear() {
        // The ARDMS example: a first pass on 6 June 2011 leaves until 31 December 2016.
        assertThat(ExamWindow.deadline(LocalDate.of(2011, 6, 6), 5)).isEqualTo(LocalDate.of(2016, 12, 31));
        // Across a year end: one day later, a whole year more.
        assertThat(ExamWindow.deadline(LocalDate.of(2020, 12, 31), 5)).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(ExamWindow.deadline(LocalDate.of(2021, 1, 1), 5)).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void theWindowIsOpenOnItsLastDayAndClosedTheNextMorning() {
        RmsksAnswers passed2011 = new RmsksAnswers(true, null, 150, null, null, LocalDate.of(2011, 6, 6));
        RmsksRules standard = TestRules.standard();

        Verdict lastDay = new RmsksChecker(standard, TestRules.on(2016, 12, 31)).check(passed2011);
        Verdict newYear = new RmsksChecker(standard, TestRules.on(2017, 1, 1)).check(passed2011);

        assertThat(lastDay.criterion("spi").status()).isEqualTo(CriterionStatus.MET);
        assertThat(newYear.criterion("spi").status()).isEqualTo(CriterionStatus.NOT_MET);
        assertThat(newYear.criterion("spi").reason()).contains("ended on 31 December 2016")
                .contains("pass the SPI exam again");
        assertThat(newYear.nextSteps()).extracting(NextStep::id).contains("retake-spi").doesNotContain("msk-exam");
        assertThat(newYear.mskExamDeadline()).isEqualTo(LocalDate.of(2016, 12, 31));
    }

    @Test
    void withoutAnSpiPassTheExamsAreStillAhead() {
        Verdict v = checker.check(answers(true, rules.required()));

        assertThat(v.criterion("spi").status()).isEqualTo(CriterionStatus.NOT_MET);
        assertThat(v.mskExamDeadline()).isNull();
        // Exams are not prerequisites for applying.
        assertThat(v.meetsPrerequisites()).isTrue();
        NextStep exams = v.nextSteps().stream().filter(s -> s.id().equals("exams")).findFirst().orElseThrow();
        assertThat(exams.text()).contains("student route").contains("cannot be used for specialty exams");
    }

    @Test
    void physiciansAreToldAboutRmskWithoutBeingStopped() {
        for (CredentialType type : CredentialType.values()) {
            Verdict v = checker.check(new RmsksAnswers(true, type, 10, null, null, null));

            assertThat(v.physicianOrAdvanced()).as(type.code()).isEqualTo(type.physicianOrAdvanced());
            assertThat(v.nextSteps().stream().anyMatch(s -> s.id().equals("rmsk"))).as(type.code())
                    .isEqualTo(type.physicianOrAdvanced());
            // The RMSKS check runs for everyone.
            assertThat(v.criterion("studies").status()).isEqualTo(CriterionStatus.NOT_MET);
        }
        NextStep rmsk = checker.check(new RmsksAnswers(true, CredentialType.MD, 10, null, null, null)).nextSteps()
                .get(0);
        assertThat(rmsk.url()).isEqualTo(rules.physicianCredential().sourceUrl()).isEqualTo("https://www.apca.org/certifications-examinations/registered-in-musculoskeletal-sonography/msk-examination-certificate-guide/");
        assertThat(rmsk.text()).contains("APCA");
        assertThat(CredentialType.fromCode("pt/dpt")).contains(CredentialType.PT);
    }

    @Test
    void nextStepsNameTheDocumentsAndArdmsOwnTool() {
        Verdict v = checker.check(answers(true, 5));

        assertThat(v.nextSteps()).extracting(NextStep::id).contains("documents", "prep-tool", "studies", "cme");
        NextStep documents = v.nextSteps().stream().filter(s -> s.id().equals("documents")).findFirst().orElseThrow();
        assertThat(documents.text()).contains("Clinical Verification (CV) form");
        assertThat(documents.url()).isEqualTo(rules.documentation().sourceUrl());
        NextStep studies = v.nextSteps().stream().filter(s -> s.id().equals("studies")).findFirst().orElseThrow();
        assertThat(studies.url()).isEqualTo("/eligibility/planner");
    }

    @Test
    void neverABareNotEligibleAndEveryCriterionNamesItsSource() {
        for (boolean credential : new boolean[] { true, false }) {
            for (int studies : new int[] { 0, rules.required() - 1, rules.required() }) {
                Verdict v = checker.check(new RmsksAnswers(credential, null, studies, 3, 1,
                        LocalDate.of(2012, 1, 1)));
                String all = v.criteria().stream().map(Criterion::reason).reduce("", String::concat)
                        + v.nextSteps().stream().map(NextStep::text).reduce("", String::concat);
                assertThat(all.toLowerCase()).doesNotContain("not eligible").doesNotContain("ineligible");
                for (Criterion c : v.criteria()) {
                    assertThat(c.source().title()).as(c.id()).isNotBlank();
                    assertThat(c.source().url()).as(c.id()).startsWith("https://");
                    assertThat(c.lastReviewed()).as(c.id()).isNotNull();
                }
            }
        }
    }

    @Test
    void rulesMarkedCheckAskTheReaderToConfirmWithArdms() {
        Verdict v = checker.check(answers(true, 1));

        assertThat(v.criterion("credential").confirmWithArdms())
                .isEqualTo(rules.activeCredential().needsConfirmation());
        assertThat(v.criterion("studies").confirmWithArdms()).isEqualTo(rules.studiesRequired().needsConfirmation());
        assertThat(v.criterion("spi").confirmWithArdms()).isEqualTo(rules.examWindowYears().needsConfirmation());
    }

    @Test
    void changingTheNumbersInTheDataChangesTheChecker() {
        RmsksAnswers answers = new RmsksAnswers(true, null, 130, 10, 20, LocalDate.of(2025, 6, 1));
        RmsksRules lower = TestRules.with(Map.of("studiesRequired", 120, "cmeRecommended", 20,
                "examWindowYears", 3, "studiesWindowMonths", 24));
        RmsksRules higher = TestRules.with(Map.of("studiesRequired", 140));

        Verdict withLower = new RmsksChecker(lower, NOV_2026).check(answers);
        Verdict withHigher = new RmsksChecker(higher, NOV_2026).check(answers);

        assertThat(withLower.criterion("studies").status()).isEqualTo(CriterionStatus.MET);
        assertThat(withLower.criterion("studies").title()).contains("24 months");
        assertThat(withLower.criterion("cme").status()).isEqualTo(CriterionStatus.MET);
        assertThat(withLower.mskExamDeadline()).isEqualTo(LocalDate.of(2028, 12, 31));
        assertThat(withHigher.criterion("studies").shortBy()).isEqualTo(10);
        assertThat(withHigher.reachesStudiesIn()).isEqualTo(YearMonth.of(2026, 12));
    }
}
