package org.mskguide.eligibility;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.mskguide.content.Fact;
import org.mskguide.content.Rule;
import org.mskguide.content.Source;
import org.mskguide.web.AppRoutes;

/**
 * Checks a reader's answers against the RMSKS prerequisites from the content data. Plain Java: no framework, the
 * day comes from the given clock. The result lists what is met, what is not yet met and by how much, and what to do
 * next; it never says a bare "not eligible", because only ARDMS decides eligibility.
 */
public final class RmsksChecker {

    private final RmsksRules rules;
    private final Clock clock;

    public RmsksChecker(RmsksRules rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    /** The rules this checker applies. */
    public RmsksRules rules() {
        return rules;
    }

    /** Checks plausible answers (see {@link AnswerValidator}); the verdict is relative to today's date. */
    public Verdict check(RmsksAnswers answers) {
        LocalDate today = LocalDate.now(clock);
        Criterion credential = credential(answers);
        Criterion studies = studies(answers, today);
        Criterion cme = cme(answers);
        Criterion spi = spi(answers, today);
        YearMonth reaches = reachesStudiesIn(answers, today);
        LocalDate deadline = answers.spiPassedOn() == null ? null
                : ExamWindow.deadline(answers.spiPassedOn(), years());
        boolean physician = answers.credentialType() != null && answers.credentialType().physicianOrAdvanced();
        List<Criterion> criteria = List.of(credential, studies, cme, spi);
        boolean meets = criteria.stream().filter(c -> c.kind() == Criterion.Kind.PREREQUISITE).allMatch(Criterion::met);
        return new Verdict(meets, criteria, reaches, deadline, physician,
                nextSteps(answers, credential, studies, reaches, deadline, today, physician), rules.lastReviewed(),
                today);
    }

    private Criterion credential(RmsksAnswers a) {
        Rule rule = rules.activeCredential();
        boolean held = a.activeCredential();
        String kind = a.credentialType() == null ? "" : ": " + a.credentialType().label();
        String reason = held
                ? "You hold an active health-related credential or license" + kind + ". ARDMS decides which ones count."
                : "You told us you do not hold an active health-related credential or license. ARDMS asks for one"
                        + " before you apply.";
        return new Criterion("credential", Criterion.Kind.PREREQUISITE, "Active health-related credential or license",
                held ? CriterionStatus.MET : CriterionStatus.NOT_MET, reason, null, null, null,
                rule.needsConfirmation(), source(rule), rule.sourceNote(), rule.lastReviewed());
    }

    private Criterion studies(RmsksAnswers a, LocalDate today) {
        Fact fact = rules.studiesRequired();
        int required = rules.required();
        int window = rules.windowMonths();
        int reported = a.studies();
        int shortBy = Math.max(0, required - reported);
        String rule = "at least " + Wording.number(required) + " in the " + window + " months before you apply";
        StringBuilder reason = new StringBuilder("You reported " + Wording.studies(reported) + "; ");
        if (shortBy == 0) {
            reason.append("that meets the minimum (").append(rule).append(").");
        } else {
            reason.append(Wording.number(shortBy)).append(" more ").append(shortBy == 1 ? "is" : "are")
                    .append(" needed (").append(rule).append(").");
            YearMonth reaches = reachesStudiesIn(a, today);
            if (reaches != null) {
                reason.append(" At ").append(Wording.number(a.studiesPerMonth())).append(" a month, you could reach ")
                        .append(Wording.number(required)).append(" in ").append(Wording.month(reaches))
                        .append(". That assumes the studies you counted stay inside the ").append(window)
                        .append("-month window; older studies drop out as the window moves, so the study-count"
                                + " planner gives an exact count.");
            } else if (a.studiesPerMonth() != null) {
                reason.append(" At 0 a month you would not reach ").append(Wording.number(required)).append('.');
            }
        }
        boolean check = fact.needsConfirmation() || rules.studiesWindowMonths().needsConfirmation();
        return new Criterion("studies", Criterion.Kind.PREREQUISITE,
                "MSK ultrasound studies in the last " + window + " months",
                shortBy == 0 ? CriterionStatus.MET : CriterionStatus.NOT_MET, reason.toString(), required, reported,
                shortBy, check, source(fact), fact.sourceNote(), fact.lastReviewed());
    }

    private Criterion cme(RmsksAnswers a) {
        Fact fact = rules.cmeRecommended();
        int recommended = fact.value();
        Integer reported = a.cmeCredits();
        String credits = Wording.number(recommended) + " MSK continuing medical education (CME) credits";
        String reason;
        CriterionStatus status;
        if (reported == null) {
            status = CriterionStatus.RECOMMENDED;
            reason = credits + " are recommended before you apply. They are not required.";
        } else if (reported < recommended) {
            status = CriterionStatus.RECOMMENDED;
            reason = "You reported " + Wording.number(reported) + " MSK CME credits. " + credits
                    + " are recommended before you apply (" + Wording.number(recommended - reported)
                    + " more), but they are not required.";
        } else {
            status = CriterionStatus.MET;
            reason = "You reported " + Wording.number(reported) + " MSK CME credits, which reaches the recommended "
                    + Wording.number(recommended) + ". CME credits are recommended before you apply, not required.";
        }
        Integer shortBy = reported == null ? null : Math.max(0, recommended - reported);
        return new Criterion("cme", Criterion.Kind.RECOMMENDATION, "MSK continuing medical education (CME) credits", status,
                reason, recommended, reported, shortBy, fact.needsConfirmation(), source(fact), fact.sourceNote(), fact.lastReviewed());
    }

    private Criterion spi(RmsksAnswers a, LocalDate today) {
        Fact fact = rules.examWindowYears();
        int years = years();
        String rule = "the " + years + "-year rule";
        LocalDate passed = a.spiPassedOn();
        CriterionStatus status;
        String reason;
        if (passed == null) {
            status = CriterionStatus.NOT_MET;
            reason = "You have not passed the Sonography Principles and Instrumentation (SPI) exam yet. You need to pass"
                    + " it and the MSK exam, in either order. Under " + rule + ", both passes must fall within a period"
                    + " that starts on the day you pass the first one and runs through the rest of that year and the"
                    + " next " + years + " calendar years.";
        } else {
            LocalDate deadline = ExamWindow.deadline(passed, years);
            if (ExamWindow.open(passed, years, today)) {
                status = CriterionStatus.MET;
                reason = "You passed the SPI exam on " + Wording.day(passed) + ". Under " + rule
                        + ", pass the MSK exam by " + Wording.day(deadline) + ": the period runs through the rest of "
                        + passed.getYear() + " and the next " + years + " calendar years.";
            } else {
                status = CriterionStatus.NOT_MET;
                reason = "You passed the SPI exam on " + Wording.day(passed) + ". Under " + rule
                        + ", the period for it ended on " + Wording.day(deadline) + ". Missing it means retaking the"
                        + " exam you passed first, so you would need to pass the SPI exam again.";
            }
        }
        return new Criterion("spi", Criterion.Kind.EXAM, "SPI exam and the " + years + "-year rule", status, reason, null,
                null, null, fact.needsConfirmation(), source(fact), fact.sourceNote(), fact.lastReviewed());
    }

    /** This month plus ceil(shortBy / rate) months, when studies are short and a positive rate is known. */
    private YearMonth reachesStudiesIn(RmsksAnswers a, LocalDate today) {
        int shortBy = rules.required() - a.studies();
        Integer rate = a.studiesPerMonth();
        if (shortBy <= 0 || rate == null || rate <= 0) {
            return null;
        }
        return YearMonth.from(today).plusMonths((shortBy + rate - 1) / rate);
    }

    private List<NextStep> nextSteps(RmsksAnswers a, Criterion credential, Criterion studies, YearMonth reaches,
            LocalDate deadline, LocalDate today, boolean physician) {
        List<NextStep> steps = new ArrayList<>();
        Rule physicians = rules.physicianCredential();
        if (physician) {
            steps.add(new NextStep("rmsk", "You chose " + a.credentialType().label() + ". You may want RMSK"
                    + " (Registered in Musculoskeletal Sonography) instead. It is the credential for physicians and advanced"
                    + " practitioners, issued by the Alliance for Physician Certification and Advancement (APCA), with"
                    + " its own rules. You can still aim for RMSKS: this check covers it.", "APCA (apca.org)",
                    physicians.sourceUrl()));
        }
        if (!credential.met()) {
            steps.add(new NextStep("credential", "Hold an active health-related credential or license before you"
                    + " apply. Ask ARDMS which ones count.", "ardms.org", rules.officialUrl()));
        }
        if (!studies.met()) {
            String when = reaches == null ? "" : " At your pace, that could be " + Wording.month(reaches) + ".";
            steps.add(new NextStep("studies", "Perform and record " + Wording.number(studies.shortBy())
                    + " more MSK ultrasound studies, so that at least " + Wording.number(rules.required())
                    + " fall within the " + rules.windowMonths() + " months before you apply." + when,
                    "Plan your study count", AppRoutes.ELIGIBILITY_PLANNER));
        }
        Integer cme = a.cmeCredits();
        int recommended = rules.cmeRecommended().value();
        if (cme == null || cme < recommended) {
            String more = cme == null ? Wording.number(recommended) : Wording.number(recommended - cme) + " more";
            steps.add(new NextStep("cme", "Consider earning " + more + " MSK CME credits. "
                    + Wording.number(recommended) + " are recommended before you apply, but they are not required.",
                    null, null));
        }
        steps.add(new NextStep("documents", "Prepare your documents, including the Clinical Verification (CV) form."
                + " Confirm with ARDMS who must sign it.", "ARDMS documentation page",
                rules.documentation().sourceUrl()));
        steps.add(new NextStep("prep-tool", "Use ARDMS's own PREP tool to find the prerequisite that fits you. Only"
                + " ARDMS decides who is eligible.", "ARDMS documentation page", rules.prepTool().sourceUrl()));
        String fiveYearUrl = rules.examWindowYears().sourceUrl();
        if (a.spiPassedOn() == null) {
            steps.add(new NextStep("exams", "Pass the SPI exam and the MSK exam, both within the " + years()
                    + "-year rule. The student route to the SPI exam cannot be used for specialty exams, MSK"
                    + " included.", "ARDMS exam rules", rules.exams().sourceUrl()));
        } else if (ExamWindow.open(a.spiPassedOn(), years(), today)) {
            steps.add(new NextStep("msk-exam", "Pass the MSK exam by " + Wording.day(deadline) + ".",
                    "ARDMS " + years() + "-year rule", fiveYearUrl));
        } else {
            steps.add(new NextStep("retake-spi", "Pass the SPI exam again: your pass on " + Wording.day(a.spiPassedOn())
                    + " is outside its " + years() + "-year period, which ended on " + Wording.day(deadline) + ".",
                    "ARDMS " + years() + "-year rule", fiveYearUrl));
        }
        return steps;
    }

    private int years() {
        return rules.examWindowYears().value();
    }

    private static Source source(Fact fact) {
        return new Source(fact.source(), fact.sourceUrl());
    }

    private static Source source(Rule rule) {
        return new Source(rule.source(), rule.sourceUrl());
    }
}
