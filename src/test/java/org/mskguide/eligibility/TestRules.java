package org.mskguide.eligibility;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import org.mskguide.content.ContentLoader;
import org.mskguide.content.CredentialFacts;
import org.mskguide.content.Fact;
import org.mskguide.web.AppRoutes;

/** The real rules from {@code content/}, read without Quarkus, and copies with changed numbers. */
public final class TestRules {

    private static CredentialFacts real;

    private TestRules() {
    }

    /** The credential data exactly as the application reads it. */
    public static synchronized CredentialFacts facts() {
        if (real == null) {
            real = new ContentLoader(AppRoutes.PATHS).load(Path.of("content")).rmsks();
        }
        return real;
    }

    public static RmsksRules real() {
        return RmsksRules.from(facts());
    }

    /** The real rules with some numbers changed, e.g. {@code with(Map.of("studiesRequired", 120))}. */
    public static RmsksRules with(Map<String, Integer> values) {
        CredentialFacts f = facts();
        Map<String, Fact> changed = new LinkedHashMap<>(f.facts());
        values.forEach((key, value) -> {
            Fact old = f.fact(key);
            changed.put(key, new Fact(key, value, old.description(), old.status(), old.source(), old.sourceUrl(), old.sourceNote(),
                    old.lastReviewed()));
        });
        return RmsksRules.from(new CredentialFacts(f.credential(), f.name(), f.issuer(), f.officialUrl(),
                f.lastReviewed(), f.nextReviewDue(), changed, f.rules()));
    }

    /** The rules the formula tests are written for: 150 studies in 36 months, 30 CME, a 5-year exam window. */
    public static RmsksRules standard() {
        return with(Map.of("studiesRequired", 150, "studiesWindowMonths", 36, "cmeRecommended", 30,
                "examWindowYears", 5));
    }

    /** A clock stopped at noon UTC on the given day. */
    public static Clock on(int year, int month, int day) {
        return Clock.fixed(LocalDate.of(year, month, day).atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }
}
