package org.mskguide.content;

import java.time.LocalDate;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The numbers of one credential (today only RMSKS), read once from {@code content/credentials/*.yml}.
 * Pages, the quiz and the eligibility rules all read this record so that they can never disagree.
 */
public record CredentialFacts(String credential, String name, String issuer, String officialUrl,
        LocalDate lastReviewed, LocalDate nextReviewDue, Map<String, Fact> facts) {

    public CredentialFacts {
        facts = Map.copyOf(facts);
    }

    /** The fact with this key, e.g. {@code fact("studiesRequired")}; fails loudly on a typo. */
    public Fact fact(String key) {
        Fact fact = facts.get(key);
        if (fact == null) {
            throw new NoSuchElementException("No fact '" + key + "' for " + credential);
        }
        return fact;
    }

    /** Shorthand for {@code fact(key).value()}. */
    public int value(String key) {
        return fact(key).value();
    }
}
