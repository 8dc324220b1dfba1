package org.mskguide.eligibility;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateGlobal;

/** Template global for the self-check and planner pages: {@code {rules.windowMonths}}, {@code {rules.required}}. */
public class EligibilityGlobals {

    private EligibilityGlobals() {
    }

    /** The credential rules the checker uses, so a page states the same numbers the check applies. */
    @TemplateGlobal
    static CredentialRules rules() {
        return Arc.container().instance(CredentialRules.class).get();
    }
}
