package org.mskguide.eligibility;

import java.time.LocalDate;
import java.util.NoSuchElementException;

import org.mskguide.content.ContentException;
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

    /** Where these rules live, relative to the content folder. */
    public static final String FILE = "credentials/rmsks.yml";

    /**
     * Picks the rules out of the credential data.
     *
     * @throws ContentException naming the data file when a fact or rule the self-check needs is missing
     */
    public static RmsksRules from(CredentialFacts rmsks) {
        try {
            return new RmsksRules(rmsks.fact("studiesRequired"), rmsks.fact("studiesWindowMonths"),
                    rmsks.fact("cmeRecommended"), rmsks.fact("examWindowYears"), rmsks.rule("activeCredential"),
                    rmsks.rule("documentation"), rmsks.rule("prepTool"), rmsks.rule("exams"),
                    rmsks.rule("studentSpiRoute"), rmsks.rule("physicianCredential"), rmsks.officialUrl(),
                    rmsks.lastReviewed());
        } catch (NoSuchElementException e) {
            throw new ContentException(FILE, "the eligibility self-check needs it: " + e.getMessage());
        }
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
