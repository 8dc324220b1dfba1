package org.mskguide.eligibility;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The self-check's answer: the credential route, every criterion of the credential it checks with its status,
 * the dates that follow from the answers and what to do next. It is guidance, not a decision: only the awarding
 * body decides eligibility.
 *
 * @param route              the credential route for the reader's profession, with its reasons
 * @param checked            the credential whose rule the criteria come from (RMSK, RMSKS, or NONE for no check)
 * @param meetsPrerequisites true only when the RMSK's prerequisites are all met; never true for the RMSKS, whose
 *                           prerequisite ARDMS does not publish in a form this check can score
 * @param criteria           every criterion in reading order
 * @param reachesStudiesIn   RMSK: the month the study minimum would be reached at the reported pace, or null
 * @param mskExamDeadline    RMSKS new candidates: the last day to pass the MSKS exam after an SPI pass, or null
 * @param nextSteps          what to do next, in order
 * @param rulesLastReviewed  when the credential rules were last reviewed
 * @param today              the day the check was made (dates above are relative to it)
 */
public record Verdict(CredentialRoute route, Credential checked, boolean meetsPrerequisites, List<Criterion> criteria,
        YearMonth reachesStudiesIn, LocalDate mskExamDeadline, List<NextStep> nextSteps, LocalDate rulesLastReviewed,
        LocalDate today) {

    public Verdict {
        criteria = List.copyOf(criteria);
        nextSteps = List.copyOf(nextSteps);
    }

    /** True when the RMSK's rule was scored (a count and a licence), so the summary may say met or not yet. */
    public boolean scored() {
        return checked == Credential.RMSK;
    }

    /** The prerequisites and recommendations, for the "before you apply" part of the result. */
    public List<Criterion> beforeApplying() {
        return criteria.stream().filter(c -> c.kind() != Criterion.Kind.EXAM).toList();
    }

    /** How many prerequisites (not recommendations or exams) are met. */
    public long prerequisitesMet() {
        return criteria.stream().filter(c -> c.kind() == Criterion.Kind.PREREQUISITE).filter(Criterion::met).count();
    }

    /** How many prerequisites there are. */
    public long prerequisiteCount() {
        return criteria.stream().filter(c -> c.kind() == Criterion.Kind.PREREQUISITE).count();
    }

    /** The exam criteria. */
    public List<Criterion> exams() {
        return criteria.stream().filter(c -> c.kind() == Criterion.Kind.EXAM).toList();
    }

    /** The criterion with this id, e.g. {@code studies}. */
    public Criterion criterion(String id) {
        return criteria.stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No criterion " + id));
    }

    /** True when a criterion has this id. */
    public boolean has(String id) {
        return criteria.stream().anyMatch(c -> c.id().equals(id));
    }
}
