package org.mskguide.eligibility;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import org.mskguide.content.Content;
import org.mskguide.content.ContentLoader;
import org.mskguide.content.CredentialFacts;
import org.mskguide.content.Fact;
import org.mskguide.web.AppRoutes;

/** The real rules from {@code content/}, read without Quarkus, and copies with changed numbers. */
public final class TestRules {

    private static Content real;

    private TestRules() {
    }

    /** The content exactly as the application reads it. */
    public static synchronized Content content() {
        if (real == null) {
            real = new ContentLoader(AppRoutes.PATHS).load(Path.of("content"));
        }
        return real;
    }

    /** The RMSKS credential data exactly as the application reads it. */
    public static CredentialFacts facts() {
        return content().rmsks();
    }

    public static CredentialRules real() {
        return CredentialRules.from(content());
    }

    /**
     * The real rules with some numbers changed, e.g. {@code with(Map.of("studiesRequired", 120))}: each key is
     * changed in the credential file that has it (the study count in the RMSK's, the exam window in the RMSKS's).
     */
    public static CredentialRules with(Map<String, Integer> values) {
        CredentialRules r = real();
        return CredentialRules.of(change(r.rmsks(), values), change(r.rmsk(), values), change(r.rhmsus(), values));
    }

    private static CredentialFacts change(CredentialFacts f, Map<String, Integer> values) {
        Map<String, Fact> changed = new LinkedHashMap<>(f.facts());
        values.forEach((key, value) -> {
            Fact old = f.facts().get(key);
            if (old != null) {
                changed.put(key, new Fact(key, value, old.description(), old.status(), old.source(), old.sourceUrl(),
                        old.sourceNote(), old.lastReviewed()));
            }
        });
        return new CredentialFacts(f.credential(), f.name(), f.issuer(), f.officialUrl(), f.lastReviewed(),
                f.nextReviewDue(), changed, f.rules());
    }

    /** The rules the formula tests are written for: the RMSK's 150 studies in 36 months (8 therapeutic), 5-year exam window. */
    public static CredentialRules standard() {
        return with(Map.of("studiesRequired", 150, "studiesWindowMonths", 36, "therapeuticMaxCases", 8,
                "examWindowYears", 5));
    }

    /** A clock stopped at noon UTC on the given day. */
    public static Clock on(int year, int month, int day) {
        return Clock.fixed(LocalDate.of(year, month, day).atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    /** RMSK answers for a profession on its list: licensed, all real patients, no therapeutic count given. */
    public static SelfCheckAnswers rmsk(Profession profession, int studies, Integer perMonth) {
        return new SelfCheckAnswers(profession, true, studies, null, true, perMonth, null, null);
    }

    /** RMSKS answers for a new candidate. */
    public static SelfCheckAnswers rmsks(Profession profession, PrerequisiteChoice choice, LocalDate spiPassedOn) {
        return new SelfCheckAnswers(profession, null, null, null, null, null, choice, spiPassedOn);
    }
}
