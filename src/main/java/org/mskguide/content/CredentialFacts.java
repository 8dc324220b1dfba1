package org.mskguide.content;

import java.time.LocalDate;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The facts of one credential (RMSKS, RMSK, RhMSUS), read once from {@code content/credentials/<name>.yml}.
 * Pages, the quiz and the eligibility rules all read this record so that they can never disagree.
 * {@code rules} holds the prerequisites that are statements rather than numbers (may be empty).
 */
public record CredentialFacts(String credential, String name, String issuer, String officialUrl,
        LocalDate lastReviewed, LocalDate nextReviewDue, Map<String, Fact> facts, Map<String, Rule> rules)
        implements java.io.Serializable {

    public CredentialFacts {
        facts = Map.copyOf(facts);
        rules = Map.copyOf(rules);
    }

    /** A credential with numbers only (no statement rules). */
    public CredentialFacts(String credential, String name, String issuer, String officialUrl,
            LocalDate lastReviewed, LocalDate nextReviewDue, Map<String, Fact> facts) {
        this(credential, name, issuer, officialUrl, lastReviewed, nextReviewDue, facts, Map.of());
    }

    /** The fact with this key, e.g. {@code fact("studiesRequired")}; fails loudly on a typo. */
    public Fact fact(String key) {
        Fact fact = facts.get(key);
        if (fact == null) {
            throw new NoSuchElementException("No fact '" + key + "' for " + credential);
        }
        return fact;
    }

    /** The rule with this key, e.g. {@code rule("activeCredential")}; fails loudly on a typo. */
    public Rule rule(String key) {
        Rule rule = rules.get(key);
        if (rule == null) {
            throw new NoSuchElementException("No rule '" + key + "' for " + credential);
        }
        return rule;
    }

    /** Shorthand for {@code fact(key).value()}. */
    public int value(String key) {
        return fact(key).value();
    }
}
