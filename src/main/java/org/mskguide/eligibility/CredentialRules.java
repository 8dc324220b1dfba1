package org.mskguide.eligibility;

import java.time.LocalDate;
import java.util.NoSuchElementException;

import org.mskguide.content.Content;
import org.mskguide.content.ContentException;
import org.mskguide.content.CredentialFacts;
import org.mskguide.content.Fact;
import org.mskguide.content.Rule;
import org.mskguide.content.Source;

/**
 * The rules of the three credentials as the route finder, the self-check and the planner use them, taken from
 * {@code content/credentials/rmsks.yml}, {@code rmsk.yml} and {@code rhmsus.yml} (never typed in code). Each
 * credential's rules stay with it: the study count is the RMSK's ({@link #rmsk()}), never the RMSKS's.
 *
 * @param rmsks  ARDMS's credential for sonographers
 * @param rmsk   APCA's credential for physicians and advanced practitioners
 * @param rhmsus ACR's certification for MSK ultrasound in rheumatology
 */
public record CredentialRules(CredentialFacts rmsks, CredentialFacts rmsk, CredentialFacts rhmsus) {

    /** The facts and rules each part of the self-check reads; a missing one stops start-up naming its file. */
    private static final String[][] NEEDED = {
            { "rmsks", "fact", "examWindowYears" }, { "rmsks", "fact", "clinicalMonths" },
            { "rmsks", "fact", "clinicalHours" }, { "rmsks", "rule", "forSonographers" },
            { "rmsks", "rule", "transition2015" }, { "rmsks", "rule", "choosePrerequisite" },
            { "rmsks", "rule", "sonographerPrerequisite1" }, { "rmsks", "rule", "mskPrerequisite" },
            { "rmsks", "rule", "reApplicants" }, { "rmsks", "rule", "studentSpiRoute" }, { "rmsks", "rule", "exams" },
            { "rmsks", "rule", "eitherOrder" }, { "rmsks", "rule", "registrantsAddingSpecialty" },
            { "rmsks", "rule", "prepTool" }, { "rmsk", "fact", "studiesRequired" },
            { "rmsk", "fact", "studiesWindowMonths" }, { "rmsk", "fact", "therapeuticMaxPercent" },
            { "rmsk", "fact", "therapeuticMaxCases" }, { "rmsk", "rule", "licence" }, { "rmsk", "rule", "realPatients" },
            { "rmsk", "rule", "cmeNotRequired" }, { "rmsk", "rule", "oneExam" }, { "rmsk", "rule", "physicalTherapists" },
            { "rhmsus", "fact", "validYears" }, { "rhmsus", "rule", "whoMayApply" }, { "rhmsus", "rule", "pathways" } };

    /**
     * Picks the three credential files out of the content.
     *
     * @throws ContentException naming the data file when a file, fact or rule the self-check needs is missing
     */
    public static CredentialRules from(Content content) {
        return of(content.credential("rmsks"), content.credential("rmsk"), content.credential("rhmsus"));
    }

    /** The rules from three credential files; checks that every fact and rule the self-check reads is there. */
    public static CredentialRules of(CredentialFacts rmsks, CredentialFacts rmsk, CredentialFacts rhmsus) {
        CredentialRules rules = new CredentialRules(rmsks, rmsk, rhmsus);
        for (String[] need : NEEDED) {
            CredentialFacts facts = rules.facts(need[0]);
            try {
                if (need[1].equals("fact")) {
                    facts.fact(need[2]);
                } else {
                    facts.rule(need[2]);
                }
            } catch (NoSuchElementException e) {
                throw new ContentException("credentials/" + need[0] + ".yml",
                        "the eligibility self-check needs it: " + e.getMessage());
            }
        }
        return rules;
    }

    private CredentialFacts facts(String file) {
        return switch (file) {
            case "rmsks" -> rmsks;
            case "rmsk" -> rmsk;
            default -> rhmsus;
        };
    }

    /** The facts of a credential, e.g. {@code of(Credential.RMSK)}; null for {@link Credential#NONE}. */
    public CredentialFacts of(Credential credential) {
        return credential.file() == null ? null : facts(credential.file());
    }

    /** An RMSKS rule, e.g. {@code rmsksRule("reApplicants")}. */
    public Rule rmsksRule(String key) {
        return rmsks.rule(key);
    }

    /** An RMSK rule, e.g. {@code rmskRule("licence")}. */
    public Rule rmskRule(String key) {
        return rmsk.rule(key);
    }

    /** An RhMSUS rule, e.g. {@code rhmsusRule("whoMayApply")}. */
    public Rule rhmsusRule(String key) {
        return rhmsus.rule(key);
    }

    /** The RMSK's study minimum, e.g. 150. */
    public Fact studiesRequired() {
        return rmsk.fact("studiesRequired");
    }

    /** The RMSK's study window, e.g. 36 months. */
    public Fact studiesWindowMonths() {
        return rmsk.fact("studiesWindowMonths");
    }

    /** The RMSK's study minimum as a number, e.g. 150. */
    public int required() {
        return studiesRequired().value();
    }

    /** The RMSK's study window as a number, e.g. 36. */
    public int windowMonths() {
        return studiesWindowMonths().value();
    }

    /** The months before the application month that still count: {@code windowMonths - 1}, e.g. 35. */
    public int monthsBeforeApplication() {
        return windowMonths() - 1;
    }

    /** The most therapeutic studies among the minimum (RMSK), e.g. 8. */
    public int therapeuticMax() {
        return rmsk.value("therapeuticMaxCases");
    }

    /** The ARDMS five-year rule's length in years (RMSKS, new candidates). */
    public Fact examWindowYears() {
        return rmsks.fact("examWindowYears");
    }

    /** The date the rules as a whole were last reviewed: the oldest of the three files. */
    public LocalDate lastReviewed() {
        LocalDate oldest = rmsks.lastReviewed();
        oldest = rmsk.lastReviewed().isBefore(oldest) ? rmsk.lastReviewed() : oldest;
        return rhmsus.lastReviewed().isBefore(oldest) ? rhmsus.lastReviewed() : oldest;
    }

    /** Where a rule comes from, as a link. */
    public static Source source(Rule rule) {
        return new Source(rule.source(), rule.sourceUrl());
    }

    /** Where a fact comes from, as a link. */
    public static Source source(Fact fact) {
        return new Source(fact.source(), fact.sourceUrl());
    }
}
