package org.mskguide.eligibility;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The self-check's answer: every criterion with its status, the dates that follow from the answers and what to do
 * next. It is guidance, not a decision: only ARDMS decides eligibility.
 *
 * @param meetsPrerequisites  true when every prerequisite (not recommendations or exams) is met
 * @param criteria            every criterion in reading order
 * @param reachesStudiesIn    the month the minimum would be reached at the reported monthly pace, or null
 * @param mskExamDeadline     the last day to pass the MSK exam under the exam window, or null without an SPI pass
 * @param physicianOrAdvanced true when the reader's credential type suggests RMSK (APCA) may suit them
 * @param nextSteps           what to do next, in order
 * @param rulesLastReviewed   when the credential rules were last reviewed
 * @param today               the day the check was made (dates above are relative to it)
 */
public record Verdict(boolean meetsPrerequisites, List<Criterion> criteria, YearMonth reachesStudiesIn,
        LocalDate mskExamDeadline, boolean physicianOrAdvanced, List<NextStep> nextSteps, LocalDate rulesLastReviewed,
        LocalDate today) {

    public Verdict {
        criteria = List.copyOf(criteria);
        nextSteps = List.copyOf(nextSteps);
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
}
