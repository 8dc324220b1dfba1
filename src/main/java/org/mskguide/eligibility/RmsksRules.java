package org.mskguide.eligibility;

import java.time.LocalDate;

import org.mskguide.content.CredentialFacts;
import org.mskguide.content.Fact;
import org.mskguide.content.Rule;

/**
 * The RMSKS prerequisites as the self-check and planner use them, taken from {@code content/credentials/rmsks.yml}
 * (never typed in code): change a number there and the checker, the planner and the pages change together.
 *
 * @param studiesRequired     minimum MSK studies inside the window
 * @param studiesWindowMonths how many months the window spans
 * @param cmeRecommended      MSK CME credits recommended (not required) before applying
 * @param examWindowYears     full calendar years after the first exam pass's year to pass the second exam
 * @param officialUrl         the issuing body's site, for "check with ARDMS" links
 * @param lastReviewed        when the credential data as a whole was last reviewed
 */
public record RmsksRules(Fact studiesRequired, Fact studiesWindowMonths, Fact cmeRecommended, Fact examWindowYears,
        Rule activeCredential, Rule documentation, Rule prepTool, Rule exams, Rule studentSpiRoute,
        Rule physicianCredential, String officialUrl, LocalDate lastReviewed) {

    /** Picks the rules out of the credential data; fails at start-up if one is missing from the file. */
    public static RmsksRules from(CredentialFacts rmsks) {
        return new RmsksRules(rmsks.fact("studiesRequired"), rmsks.fact("studiesWindowMonths"),
                rmsks.fact("cmeRecommended"), rmsks.fact("examWindowYears"), rmsks.rule("activeCredential"),
                rmsks.rule("documentation"), rmsks.rule("prepTool"), rmsks.rule("exams"),
                rmsks.rule("studentSpiRoute"), rmsks.rule("physicianCredential"), rmsks.officialUrl(),
                rmsks.lastReviewed());
    }

    /** {@code studiesRequired} as a number, e.g. 150. */
    public int required() {
        return studiesRequired.value();
    }

    /** {@code studiesWindowMonths} as a number, e.g. 36. */
    public int windowMonths() {
        return studiesWindowMonths.value();
    }

    /** The months before the application month that still count: {@code windowMonths - 1}, e.g. 35. */
    public int monthsBeforeApplication() {
        return windowMonths() - 1;
    }
}
