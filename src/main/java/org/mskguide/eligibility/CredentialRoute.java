package org.mskguide.eligibility;

import java.util.List;

/**
 * Where the route finder points one profession: the credential (or two, where both fit) with the reasons, each
 * sourced, and what to do next.
 *
 * @param profession  who the reader said they are
 * @param credentials the credentials that fit, most usual first; {@code [NONE]} when none does
 * @param reasons     why, in reading order
 * @param nextSteps   what to do next
 */
public record CredentialRoute(Profession profession, List<Credential> credentials, List<Reason> reasons,
        List<NextStep> nextSteps) {

    public CredentialRoute {
        credentials = List.copyOf(credentials);
        reasons = List.copyOf(reasons);
        nextSteps = List.copyOf(nextSteps);
    }

    /** True when this credential is on the route. */
    public boolean has(Credential credential) {
        return credentials.contains(credential);
    }

    /**
     * The credential whose rule the self-check evaluates: the RMSK where it fits (its rule is a count a check can
     * score), else the RMSKS (only what ARDMS confirms), else NONE.
     */
    public Credential checked() {
        return has(Credential.RMSK) ? Credential.RMSK : has(Credential.RMSKS) ? Credential.RMSKS : Credential.NONE;
    }

    /** True for ARDMS registrants (RDMS, RDCS, RVT): they add a specialty, so the new-candidate rules do not apply. */
    public boolean registrant() {
        return profession == Profession.SONOGRAPHER_ARDMS;
    }

    /** True when two credentials fit. */
    public boolean twoFit() {
        return credentials.size() > 1;
    }

    /** The codes, e.g. {@code [RMSK, RhMSUS]}, for the API and tests. */
    public List<String> codes() {
        return credentials.stream().map(Credential::code).toList();
    }

    /** "RMSK or RhMSUS": the codes joined for a sentence or a title. */
    public String names() {
        return String.join(" or ", codes());
    }
}
