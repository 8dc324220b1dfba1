package org.mskguide.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SelfCheckerTest {

    private static final Clock NOV_2026 = TestRules.on(2026, 11, 26);

    private final CredentialRules rules = TestRules.real();
    private final SelfChecker checker = new SelfChecker(rules, NOV_2026);

    private SelfCheckAnswers pt(int studies) {
        return TestRules.rmsk(Profession.PHYSICAL_THERAPIST, studies, null);
    }

    // ---- RMSK: the count is the rule -------------------------------------------------------------------

    @Test
    void oneStudyShortIsNotYetMetAndSaysHowManyMore() {
        Verdict v = checker.check(pt(rules.required() - 1));

        assertThat(v.checked()).isEqualTo(Credential.RMSK);
        Criterion studies = v.criterion("studies");
        assertThat(studies.status()).isEqualTo(CriterionStatus.NOT_MET);
        assertThat(studies.shortBy()).isEqualTo(1);
        assertThat(studies.required()).isEqualTo(rules.required());
        assertThat(studies.reason()).contains("You reported " + (rules.required() - 1) + " studies; 1 more is needed");
        assertThat(v.meetsPrerequisites()).isFalse();
    }

    @Test
    void theMinimumWithLicenceAndRealPatientsMeetsTheRmskPrerequisites() {
        Verdict v = checker.check(new SelfCheckAnswers(Profession.CHIROPRACTOR, true, rules.required(), 0, true, null,
                null, null));

        assertThat(v.criterion("studies").status()).isEqualTo(CriterionStatus.MET);
        assertThat(v.criterion("therapeutic").status()).isEqualTo(CriterionStatus.MET);
        assertThat(v.meetsPrerequisites()).isTrue();
        assertThat(v.nextSteps()).extracting(NextStep::id).doesNotContain("studies");
    }

    @Test
    void therapeuticStudiesAboveTheLimitDoNotCount() {
        CredentialRules standard = TestRules.standard();
        Verdict v = new SelfChecker(standard, NOV_2026).check(new SelfCheckAnswers(Profession.PHYSICIAN, true, 155,
                12, true, null, null, null));

        // 12 therapeutic, 8 allowed: 4 drop out, so 151 count.
        assertThat(v.criterion("therapeutic").status()).isEqualTo(CriterionStatus.NOT_MET);
        assertThat(v.criterion("therapeutic").reason()).contains("The other 4 do not count");
        assertThat(v.criterion("studies").reported()).isEqualTo(151);
        assertThat(v.criterion("studies").status()).isEqualTo(CriterionStatus.MET);
        assertThat(v.meetsPrerequisites()).isFalse();
    }

    @Test
    void simulationAndNoLicenceAreNotYetMet() {
        Verdict v = checker.check(new SelfCheckAnswers(Profession.NURSE_PRACTITIONER, false, 500, 0, false, null,
                null, null));

        assertThat(v.criterion("licence").status()).isEqualTo(CriterionStatus.NOT_MET);
        assertThat(v.criterion("real-patients").status()).isEqualTo(CriterionStatus.NOT_MET);
        assertThat(v.criterion("real-patients").reason()).contains("simulators do not");
        assertThat(v.meetsPrerequisites()).isFalse();
    }

    @Test
    void monthlyRateGivesTheMonthTheMinimumIsReachedRoundingUp() {
        SelfChecker standard = new SelfChecker(TestRules.standard(), NOV_2026);

        Verdict six = standard.check(TestRules.rmsk(Profession.PHYSICIAN, 138, 6));
        Verdict five = standard.check(TestRules.rmsk(Profession.PHYSICIAN, 138, 5));

        assertThat(six.reachesStudiesIn()).isEqualTo(YearMonth.of(2027, 1));
        assertThat(six.criterion("studies").reason()).contains("At 6 a month, you could reach 150 in January 2027")
                .contains("stay inside the 36-month window");
        assertThat(five.reachesStudiesIn()).isEqualTo(YearMonth.of(2027, 2));
        assertThat(standard.check(TestRules.rmsk(Profession.PHYSICIAN, 10, 0)).reachesStudiesIn()).isNull();
    }

    @Test
    void rmskCmeIsRecommendedNeverRequiredAndHasNoNumber() {
        Criterion cme = checker.check(pt(0)).criterion("cme");

        assertThat(cme.status()).isEqualTo(CriterionStatus.RECOMMENDED);
        assertThat(cme.kind()).isEqualTo(Criterion.Kind.RECOMMENDATION);
        assertThat(cme.required()).isNull();
        assertThat(cme.reason()).contains("not required");
    }

    @Test
    void rmskHasOneExamAndNoSpiOrFiveYearRule() {
        Verdict v = checker.check(pt(0));

        assertThat(v.exams()).extracting(Criterion::id).containsExactly("msk-exam");
        assertThat(v.mskExamDeadline()).isNull();
    }

    // ---- RMSKS: only what ARDMS confirms, never "met" ------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = Profession.class, names = { "SONOGRAPHER_ARDMS", "SONOGRAPHER", "STUDENT",
            "RADIOLOGIC_TECHNOLOGIST", "NURSE", "ATHLETIC_TRAINER" })
    void rmsksIsNeverMarkedMetAndSaysWhatCouldNotBeConfirmed(Profession profession) {
        for (PrerequisiteChoice choice : PrerequisiteChoice.values()) {
            for (LocalDate spi : new LocalDate[] { null, LocalDate.of(2025, 6, 1), LocalDate.of(2012, 1, 1) }) {
                Verdict v = checker.check(TestRules.rmsks(profession, choice, spi));

                assertThat(v.checked()).isEqualTo(Credential.RMSKS);
                assertThat(v.criteria()).extracting(Criterion::status).doesNotContain(CriterionStatus.MET);
                assertThat(v.meetsPrerequisites()).isFalse();
                assertThat(v.criterion("unconfirmed").status()).isEqualTo(CriterionStatus.ASK_ARDMS);
                assertThat(v.criterion("unconfirmed").reason()).contains("could not read");
                // Never the RMSK's count, in any words the result shows.
                assertThat(text(v)).doesNotContain(Wording.number(rules.required()) + " ")
                        .doesNotContain(rules.windowMonths() + " months");
                assertThat(v.criteria()).extracting(Criterion::id).doesNotContain("studies", "licence");
            }
        }
    }

    @Test
    void registrantsAreNeverToldToRetakeSpiOrGivenADeadline() {
        for (LocalDate spi : new LocalDate[] { null, LocalDate.of(2015, 6, 1), LocalDate.of(2022, 6, 1) }) {
            Verdict v = checker.check(TestRules.rmsks(Profession.SONOGRAPHER_ARDMS, PrerequisiteChoice.UNSURE, spi));

            assertThat(v.mskExamDeadline()).isNull();
            assertThat(v.criteria()).extracting(Criterion::id).doesNotContain("spi");
            assertThat(v.nextSteps()).extracting(NextStep::id).doesNotContain("retake-spi", "msks-exam", "exams");
            // "Pass the SPI exam again" appears only as "you do not need to pass the SPI exam again".
            assertThat(text(v).toLowerCase()).doesNotContainPattern("(?<!do not need to )pass the spi exam again")
                    .contains("do not need to pass the spi exam again").doesNotContain("pass the msks exam by");
            assertThat(v.criterion("prerequisite").reason()).contains("no additional experience is required");
            assertThat(v.criterion("msks-exam").reason()).contains("does not apply to a registrant adding a specialty");
        }
    }

    @Test
    void theSpiOnlyStudentRouteCannotBeUsedForMsks() {
        Criterion p = checker.check(TestRules.rmsks(Profession.STUDENT, PrerequisiteChoice.SPI_ONLY, null))
                .criterion("prerequisite");

        assertThat(p.status()).isEqualTo(CriterionStatus.NOT_MET);
        assertThat(p.reason()).contains("cannot be used to apply for the MSKS exam");
    }

    @Test
    void aNewCandidatesSpiPassGivesTheMsksDeadlineInCalendarYears() {
        SelfChecker standard = new SelfChecker(TestRules.standard(), NOV_2026);

        Verdict v = standard.check(TestRules.rmsks(Profession.SONOGRAPHER, PrerequisiteChoice.PREREQUISITE,
                LocalDate.of(2025, 6, 1)));

        assertThat(v.mskExamDeadline()).isEqualTo(LocalDate.of(2030, 12, 31));
        assertThat(v.criterion("spi").status()).isEqualTo(CriterionStatus.TO_DO);
        assertThat(v.criterion("spi").reason()).contains("pass the MSKS exam by 31 December 2030");
        assertThat(v.nextSteps()).extracting(NextStep::id).contains("msks-exam", "log");
    }

    @Test
    void aNewCandidatesWindowIsOpenOnItsLastDayAndClosedTheNextMorning() {
        SelfCheckAnswers passed2011 = TestRules.rmsks(Profession.SONOGRAPHER, PrerequisiteChoice.PREREQUISITE,
                LocalDate.of(2011, 6, 6));
        CredentialRules standard = TestRules.standard();

        Verdict lastDay = new SelfChecker(standard, TestRules.on(2016, 12, 31)).check(passed2011);
        Verdict newYear = new SelfChecker(standard, TestRules.on(2017, 1, 1)).check(passed2011);

        assertThat(lastDay.criterion("spi").status()).isEqualTo(CriterionStatus.TO_DO);
        assertThat(newYear.criterion("spi").status()).isEqualTo(CriterionStatus.NOT_MET);
        assertThat(newYear.criterion("spi").reason()).contains("ended on 31 December 2016");
        assertThat(newYear.nextSteps()).extracting(NextStep::id).contains("retake-spi").doesNotContain("msks-exam");
    }

    @Test
    void theExamWindowRunsToTheEndOfACalendarYear() {
        // The ARDMS example: a first pass on 6 June 2011 leaves until 31 December 2016.
        assertThat(ExamWindow.deadline(LocalDate.of(2011, 6, 6), 5)).isEqualTo(LocalDate.of(2016, 12, 31));
        assertThat(ExamWindow.deadline(LocalDate.of(2020, 12, 31), 5)).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(ExamWindow.deadline(LocalDate.of(2021, 1, 1), 5)).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    // ---- Every result ----------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Profession.class)
    void neverABareNotEligibleAndEveryCriterionAndReasonNamesItsSource(Profession profession) {
        Verdict v = checker.check(new SelfCheckAnswers(profession, true, 3, 1, true, 2, PrerequisiteChoice.UNSURE,
                LocalDate.of(2012, 1, 1)));

        assertThat(text(v).toLowerCase()).doesNotContain("not eligible").doesNotContain("ineligible");
        for (Criterion c : v.criteria()) {
            assertThat(c.source().title()).as(c.id()).isNotBlank();
            assertThat(c.source().url()).as(c.id()).startsWith("http");
            assertThat(c.lastReviewed()).as(c.id()).isNotNull();
        }
        for (Reason r : v.route().reasons()) {
            assertThat(r.source().url()).as(r.text()).startsWith("http");
        }
        assertThat(v.nextSteps()).as("a next step for everyone").isNotEmpty();
    }

    @Test
    void changingTheNumbersInTheDataChangesTheChecker() {
        SelfCheckAnswers answers = TestRules.rmsk(Profession.PHYSICIAN, 130, 10);
        CredentialRules lower = TestRules.with(Map.of("studiesRequired", 120, "studiesWindowMonths", 24));
        CredentialRules higher = TestRules.with(Map.of("studiesRequired", 140));
        CredentialRules shorter = TestRules.with(Map.of("examWindowYears", 3));

        Verdict withLower = new SelfChecker(lower, NOV_2026).check(answers);
        Verdict withHigher = new SelfChecker(higher, NOV_2026).check(answers);
        Verdict window = new SelfChecker(shorter, NOV_2026).check(TestRules.rmsks(Profession.SONOGRAPHER,
                PrerequisiteChoice.PREREQUISITE, LocalDate.of(2025, 6, 1)));

        assertThat(withLower.criterion("studies").status()).isEqualTo(CriterionStatus.MET);
        assertThat(withLower.criterion("studies").title()).contains("24 months");
        assertThat(withHigher.criterion("studies").shortBy()).isEqualTo(10);
        assertThat(withHigher.reachesStudiesIn()).isEqualTo(YearMonth.of(2026, 12));
        assertThat(window.mskExamDeadline()).isEqualTo(LocalDate.of(2028, 12, 31));
    }

    private static String text(Verdict v) {
        StringBuilder all = new StringBuilder();
        v.criteria().forEach(c -> all.append(c.title()).append(' ').append(c.reason()).append(' '));
        v.nextSteps().forEach(s -> all.append(s.text()).append(' '));
        v.route().reasons().forEach(r -> all.append(r.text()).append(' '));
        return all.toString();
    }
}
