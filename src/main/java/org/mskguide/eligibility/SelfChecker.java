package org.mskguide.eligibility;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.mskguide.content.Fact;
import org.mskguide.content.Rule;
import org.mskguide.web.AppRoutes;

/**
 * Checks a reader's answers against the rule of the credential their profession points to ({@link RouteFinder}),
 * and only against what that credential's awarding body publishes:
 * <ul>
 * <li>RMSK (APCA): the licence list, the study count in its window with the therapeutic and simulation limits;
 * met / not yet met / shortfall / pace.</li>
 * <li>RMSKS (ARDMS): what ARDMS confirms (choose a prerequisite; re-applicants need no more experience; the SPI-only
 * student route cannot be used; SPI and MSKS in either order; the five-year rule for new candidates only) and what
 * could not be confirmed. Never "met": ARDMS's MSKS prerequisite could not be read.</li>
 * <li>RhMSUS and no route: no criteria; the route's reasons and next steps say where the rules are published.</li>
 * </ul>
 * Plain Java: the day comes from the given clock.
 */
public final class SelfChecker {

    private final CredentialRules rules;
    private final RouteFinder routes;
    private final Clock clock;

    public SelfChecker(CredentialRules rules, Clock clock) {
        this.rules = rules;
        this.routes = new RouteFinder(rules);
        this.clock = clock;
    }

    /** The rules this checker applies. */
    public CredentialRules rules() {
        return rules;
    }

    /** The route finder it uses, so pages and the API route exactly as the check does. */
    public RouteFinder routes() {
        return routes;
    }

    /** Checks plausible, complete answers (see {@link SelfCheckAnswers#missing}); dates are relative to today. */
    public Verdict check(SelfCheckAnswers answers) {
        LocalDate today = LocalDate.now(clock);
        CredentialRoute route = routes.route(answers.profession());
        Credential checked = route.checked();
        List<Criterion> criteria = new ArrayList<>();
        List<NextStep> steps = new ArrayList<>();
        YearMonth reaches = null;
        LocalDate deadline = null;
        if (checked == Credential.RMSK) {
            reaches = reachesStudiesIn(answers, today);
            criteria.addAll(rmsk(answers, route, reaches));
            steps.addAll(rmskSteps(answers, criteria, reaches));
        } else if (checked == Credential.RMSKS && route.registrant()) {
            criteria.addAll(registrant());
        } else if (checked == Credential.RMSKS) {
            deadline = answers.spiPassedOn() == null ? null : ExamWindow.deadline(answers.spiPassedOn(), years());
            criteria.addAll(candidate(answers, today));
            steps.addAll(candidateSteps(answers, today, deadline));
        }
        // The route's own steps, less the links back into this check.
        route.nextSteps().stream().filter(s -> !s.id().startsWith("check-")).forEach(steps::add);
        boolean meets = checked == Credential.RMSK && criteria.stream()
                .filter(c -> c.kind() == Criterion.Kind.PREREQUISITE).allMatch(Criterion::met);
        return new Verdict(route, checked, meets, criteria, reaches, deadline, steps, rules.lastReviewed(), today);
    }

    // ---- RMSK (APCA) ---------------------------------------------------------------------------------------

    private List<Criterion> rmsk(SelfCheckAnswers a, CredentialRoute route, YearMonth reaches) {
        List<Criterion> out = new ArrayList<>();
        Rule licence = rules.rmskRule("licence");
        boolean held = Boolean.TRUE.equals(a.licensed());
        out.add(criterion("licence", Criterion.Kind.PREREQUISITE, "A current licence on the RMSK's list",
                held ? CriterionStatus.MET : CriterionStatus.NOT_MET,
                held ? "You hold a current licence and practise as " + route.profession().label()
                        + ", which is on the RMSK's list."
                        : "You told us you do not hold a current licence or do not practise as "
                                + route.profession().label() + ". The RMSK asks for one of the licences on its list.",
                null, null, null, licence));
        out.add(studies(a, reaches));
        out.add(therapeutic(a));
        Rule real = rules.rmskRule("realPatients");
        boolean realOnly = Boolean.TRUE.equals(a.realPatients());
        out.add(criterion("real-patients", Criterion.Kind.PREREQUISITE, "Real patients, no simulation",
                realOnly ? CriterionStatus.MET : CriterionStatus.NOT_MET,
                realOnly ? "All your studies were on real patients in a clinical diagnostic setting."
                        : "Only studies on real patients in a clinical diagnostic setting count; studies on"
                                + " simulators do not. Count only those in your total.",
                null, null, null, real));
        Rule cme = rules.rmskRule("cmeNotRequired");
        out.add(criterion("cme", Criterion.Kind.RECOMMENDATION, "Continuing medical education (CME)",
                CriterionStatus.RECOMMENDED, "CME is not required to apply for the RMSK, though it is recommended.",
                null, null, null, cme));
        Rule exam = rules.rmskRule("oneExam");
        out.add(criterion("msk-exam", Criterion.Kind.EXAM, "The MSK sonography exam", CriterionStatus.TO_DO,
                "The RMSK is earned by passing one exam, the MSK sonography exam: about four hours, about 200"
                        + " multiple-choice questions, some of them on images.",
                null, null, null, exam));
        return out;
    }

    /** The studies that count: all of them, less the therapeutic ones above the limit. */
    private int counted(SelfCheckAnswers a) {
        int over = a.therapeutic() == null ? 0 : Math.max(0, a.therapeutic() - rules.therapeuticMax());
        return Math.max(0, a.studies() - over);
    }

    private Criterion studies(SelfCheckAnswers a, YearMonth reaches) {
        Fact fact = rules.studiesRequired();
        int required = rules.required();
        int window = rules.windowMonths();
        int counted = counted(a);
        int shortBy = Math.max(0, required - counted);
        String rule = "at least " + Wording.number(required) + " in the " + window + " months before you apply";
        StringBuilder reason = new StringBuilder("You reported " + Wording.studies(a.studies()));
        if (counted != a.studies()) {
            reason.append(", of which ").append(Wording.number(counted)).append(" count (see therapeutic studies)");
        }
        reason.append("; ");
        if (shortBy == 0) {
            reason.append("that meets the minimum (").append(rule).append(").");
        } else {
            reason.append(Wording.number(shortBy)).append(" more ").append(shortBy == 1 ? "is" : "are")
                    .append(" needed (").append(rule).append(").");
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
        return new Criterion("studies", Criterion.Kind.PREREQUISITE,
                "MSK ultrasound studies in the last " + window + " months",
                shortBy == 0 ? CriterionStatus.MET : CriterionStatus.NOT_MET, reason.toString(), required, counted,
                shortBy, fact.needsConfirmation(), CredentialRules.source(fact), fact.sourceNote(), fact.lastReviewed());
    }

    private Criterion therapeutic(SelfCheckAnswers a) {
        Fact fact = rules.rmsk().fact("therapeuticMaxCases");
        int max = fact.value();
        String limit = "At most " + rules.rmsk().value("therapeuticMaxPercent") + "% of the "
                + Wording.number(rules.required()) + " (" + max + " studies) may be therapeutic (an injection or an"
                + " aspiration).";
        Integer given = a.therapeutic();
        CriterionStatus status;
        String reason;
        if (given == null) {
            status = CriterionStatus.TO_DO;
            reason = limit + " Count how many of your studies were therapeutic.";
        } else if (given <= max) {
            status = CriterionStatus.MET;
            reason = "You reported " + Wording.number(given) + " therapeutic. " + limit;
        } else {
            status = CriterionStatus.NOT_MET;
            reason = "You reported " + Wording.number(given) + " therapeutic. " + limit + " The other "
                    + Wording.number(given - max) + " do not count toward the minimum.";
        }
        return new Criterion("therapeutic", Criterion.Kind.PREREQUISITE, "Therapeutic studies", status, reason, max,
                given, given == null ? null : Math.max(0, given - max), fact.needsConfirmation(),
                CredentialRules.source(fact), fact.sourceNote(), fact.lastReviewed());
    }

    /** This month plus ceil(shortBy / rate) months, when studies are short and a positive rate is known. */
    private YearMonth reachesStudiesIn(SelfCheckAnswers a, LocalDate today) {
        int shortBy = rules.required() - counted(a);
        Integer rate = a.studiesPerMonth();
        if (shortBy <= 0 || rate == null || rate <= 0) {
            return null;
        }
        return YearMonth.from(today).plusMonths((shortBy + rate - 1) / rate);
    }

    private List<NextStep> rmskSteps(SelfCheckAnswers a, List<Criterion> criteria, YearMonth reaches) {
        List<NextStep> steps = new ArrayList<>();
        Criterion studies = criteria.stream().filter(c -> c.id().equals("studies")).findFirst().orElseThrow();
        if (!studies.met()) {
            String when = reaches == null ? "" : " At your pace, that could be " + Wording.month(reaches) + ".";
            steps.add(new NextStep("studies", "Perform and record " + Wording.number(studies.shortBy())
                    + " more MSK ultrasound studies, so that at least " + Wording.number(rules.required())
                    + " fall within the " + rules.windowMonths() + " months before you apply." + when,
                    "Plan your study count", AppRoutes.ELIGIBILITY_PLANNER + "?for=rmsk"));
        }
        return steps;
    }

    // ---- RMSKS (ARDMS) -------------------------------------------------------------------------------------

    /** What could not be confirmed, said plainly on every RMSKS result. */
    private Criterion unconfirmed() {
        Rule rule = rules.rmsksRule("mskPrerequisite");
        return criterion("unconfirmed", Criterion.Kind.PREREQUISITE, "What this guide could not confirm",
                CriterionStatus.ASK_ARDMS, "ARDMS's prerequisite guide has its own section for the MSKS exam, and we"
                        + " could not read what it asks for. We found no MSK case count for the RMSKS, and could not"
                        + " confirm whether ARDMS's sonographer prerequisites apply to it. Read ARDMS's prerequisite"
                        + " guide and use its PREP tool.",
                null, null, null, rule);
    }

    private List<Criterion> registrant() {
        List<Criterion> out = new ArrayList<>();
        out.add(criterion("prerequisite", Criterion.Kind.PREREQUISITE, "Your prerequisite as a registrant",
                CriterionStatus.ASK_ARDMS, "ARDMS treats a registrant already approved for a specialty exam as a"
                        + " re-applicant: no additional experience is required, and you send a Clinical Verification"
                        + " (CV) form. Only ARDMS decides.",
                null, null, null, rules.rmsksRule("reApplicants")));
        out.add(unconfirmed());
        out.add(criterion("msks-exam", Criterion.Kind.EXAM, "The MSKS specialty exam", CriterionStatus.TO_DO,
                "Pass the MSKS specialty exam to add it to your credentials. You do not need to pass the SPI exam"
                        + " again, and ARDMS's five-year rule does not apply to a registrant adding a specialty. If you"
                        + " earned your credential with the older physics exam (UPI), ask ARDMS how this applies to you.",
                null, null, null, rules.rmsksRule("registrantsAddingSpecialty")));
        return out;
    }

    private List<Criterion> candidate(SelfCheckAnswers a, LocalDate today) {
        List<Criterion> out = new ArrayList<>();
        Fact months = rules.rmsks().fact("clinicalMonths");
        switch (a.prerequisite()) {
            case PREREQUISITE -> out.add(criterion("prerequisite", Criterion.Kind.PREREQUISITE,
                    "Your ARDMS prerequisite", CriterionStatus.ASK_ARDMS, "You plan to apply under one of ARDMS's"
                            + " prerequisites. Only ARDMS decides whether it fits. For example, Sonographer"
                            + " Prerequisite 1 asks for a two-year allied health education program with patient care"
                            + " and at least " + months.value() + " months of full-time clinical experience ("
                            + Wording.number(rules.rmsks().value("clinicalHours")) + " hours over at least 48 weeks).",
                    null, null, null, rules.rmsksRule("sonographerPrerequisite1")));
            case SPI_ONLY -> out.add(criterion("prerequisite", Criterion.Kind.PREREQUISITE,
                    "Your ARDMS prerequisite", CriterionStatus.NOT_MET, "The SPI Examination Requirement lets students"
                            + " take the SPI exam before they graduate, but it cannot be used to apply for the MSKS"
                            + " exam. For the MSKS exam, choose one of ARDMS's prerequisites.",
                    null, null, null, rules.rmsksRule("studentSpiRoute")));
            case UNSURE -> out.add(criterion("prerequisite", Criterion.Kind.PREREQUISITE,
                    "Your ARDMS prerequisite", CriterionStatus.TO_DO, "Every applicant chooses and meets one of"
                            + " ARDMS's prerequisites and sends the documents it lists. ARDMS's PREP tool names the one"
                            + " that fits you.",
                    null, null, null, rules.rmsksRule("choosePrerequisite")));
        }
        out.add(unconfirmed());
        out.add(spi(a, today));
        return out;
    }

    private Criterion spi(SelfCheckAnswers a, LocalDate today) {
        Fact fact = rules.examWindowYears();
        int years = years();
        String rule = "the " + years + "-year rule for new candidates";
        LocalDate passed = a.spiPassedOn();
        CriterionStatus status;
        String reason;
        if (passed == null) {
            status = CriterionStatus.TO_DO;
            reason = "You have not passed the Sonography Principles and Instrumentation (SPI) exam yet. You need to pass"
                    + " it and the MSKS exam, in either order. Under " + rule + ", both passes must fall within a"
                    + " period that starts on the day you pass the first one and runs through the rest of that year"
                    + " and the next " + years + " calendar years.";
        } else {
            LocalDate deadline = ExamWindow.deadline(passed, years);
            if (ExamWindow.open(passed, years, today)) {
                status = CriterionStatus.TO_DO;
                reason = "You passed the SPI exam on " + Wording.day(passed) + ". Under " + rule
                        + ", pass the MSKS exam by " + Wording.day(deadline) + ": the period runs through the rest of "
                        + passed.getYear() + " and the next " + years + " calendar years.";
            } else {
                status = CriterionStatus.NOT_MET;
                reason = "You passed the SPI exam on " + Wording.day(passed) + ". Under " + rule
                        + ", the period for it ended on " + Wording.day(deadline) + ". For a new candidate, missing it"
                        + " means retaking the exam passed first, here the SPI exam.";
            }
        }
        return new Criterion("spi", Criterion.Kind.EXAM, "SPI and MSKS exams within the " + years + "-year rule",
                status, reason, null, null, null, fact.needsConfirmation(), CredentialRules.source(fact),
                fact.sourceNote(), fact.lastReviewed());
    }

    private List<NextStep> candidateSteps(SelfCheckAnswers a, LocalDate today, LocalDate deadline) {
        List<NextStep> steps = new ArrayList<>();
        String fiveYearUrl = rules.examWindowYears().sourceUrl();
        if (a.spiPassedOn() == null) {
            steps.add(new NextStep("exams", "Pass the SPI exam and the MSKS exam, in either order, within the "
                    + years() + "-year rule.", "ARDMS exams and credentials", rules.rmsksRule("exams").sourceUrl()));
        } else if (ExamWindow.open(a.spiPassedOn(), years(), today)) {
            steps.add(new NextStep("msks-exam", "Pass the MSKS exam by " + Wording.day(deadline) + ".",
                    "ARDMS " + years() + "-year rule", fiveYearUrl));
        } else {
            steps.add(new NextStep("retake-spi", "Pass the SPI exam again: your pass on " + Wording.day(a.spiPassedOn())
                    + " is outside its " + years() + "-year period, which ended on " + Wording.day(deadline) + ".",
                    "ARDMS " + years() + "-year rule", fiveYearUrl));
        }
        steps.add(new NextStep("log", "Keep a log of your MSK studies by month. ARDMS publishes no MSK study count"
                + " for the RMSKS that we could find, so the planner logs them without a target.",
                "Log your MSK studies", AppRoutes.ELIGIBILITY_PLANNER + "?for=rmsks"));
        return steps;
    }

    private int years() {
        return rules.examWindowYears().value();
    }

    private static Criterion criterion(String id, Criterion.Kind kind, String title, CriterionStatus status,
            String reason, Integer required, Integer reported, Integer shortBy, Rule rule) {
        return new Criterion(id, kind, title, status, reason, required, reported, shortBy, rule.needsConfirmation(),
                CredentialRules.source(rule), rule.sourceNote(), rule.lastReviewed());
    }
}
