package org.mskguide.content;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.mskguide.web.Dates;

/**
 * The ARDMS five-year rule worked through one example, from {@code examWindowYears} in
 * {@code content/credentials/rmsks.yml}: the figure {@code five-year-rule} and the example sentences on the RMSKS
 * page both come from here, so they change with the value. The deadline is counted here, in the content layer, and
 * the eligibility self-check's {@code ExamWindow} uses this same rule (a feature may import content, never the
 * reverse).
 * <p>
 * Text placeholders for content (filled in like the number facts, see {@link FactPlaceholders}):
 * <ul>
 * <li>{@code {{rmsks.examWindowExample}}}: "You pass your first exam on 6 June 2011. You then have until
 * 31 December 2016 to pass the second exam."</li>
 * <li>{@code {{rmsks.examWindowExamplePass}}}: "6 June 2011"; {@code {{rmsks.examWindowExampleDeadline}}}:
 * "31 December 2016".</li>
 * </ul>
 */
public record FiveYearRule(int years) {

    /** The first pass of the worked example (the one in ../shared/facts.md, from the ARDMS five-year-rule page). */
    public static final LocalDate EXAMPLE_PASS = LocalDate.of(2011, 6, 6);


    /** The placeholders this rule fills in, by key under {@code rmsks.}. */
    private static final Map<String, Function<FiveYearRule, String>> TEXTS = Map.of(
            "examWindowExample", FiveYearRule::example,
            "examWindowExamplePass", rule -> Dates.day(EXAMPLE_PASS),
            "examWindowExampleDeadline", rule -> Dates.day(rule.deadline(EXAMPLE_PASS)));

    public FiveYearRule {
        if (years < 1) {
            throw new IllegalArgumentException("examWindowYears must be at least 1, was " + years);
        }
    }

    /** The rule with the value in the credential data. */
    public static FiveYearRule of(CredentialFacts rmsks) {
        return new FiveYearRule(rmsks.value("examWindowYears"));
    }

    /** The last day to pass the second exam after a first pass on {@code firstPass}. */
    public LocalDate deadline(LocalDate firstPass) {
        // Calendar years: the rest of the first pass's year plus the next {@code years} years.
        return LocalDate.of(firstPass.getYear() + years, 12, 31);
    }

    /** The figure {@code five-year-rule} for this window length (what a {@code ```figure} block places). */
    public String figureSvg() {
        return FiveYearRuleFigure.draw(this);
    }

    /** The worked example in two plain sentences. */
    public String example() {
        return "You pass your first exam on " + Dates.day(EXAMPLE_PASS) + ". You then have until "
                + Dates.day(deadline(EXAMPLE_PASS)) + " to pass the second exam.";
    }

    /** The text for {@code {{credential.key}}}, if this rule provides it (only for {@code rmsks}). */
    static Optional<String> text(String credential, String key, Map<String, CredentialFacts> credentials) {
        CredentialFacts facts = credentials.get(credential);
        if (!"rmsks".equals(credential) || facts == null || !TEXTS.containsKey(key)
                || !facts.facts().containsKey("examWindowYears")) {
            return Optional.empty();
        }
        return Optional.of(TEXTS.get(key).apply(of(facts)));
    }

    /** The keys {@link #text} knows, for error messages. */
    static java.util.Set<String> keys() {
        return TEXTS.keySet();
    }
}
