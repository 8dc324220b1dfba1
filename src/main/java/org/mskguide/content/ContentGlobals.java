package org.mskguide.content;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateGlobal;

/** Template globals from the content folder: {@code {rmsks.credential}}, {@code {rmsks.lastReviewed.longDate}}. */
public class ContentGlobals {

    private ContentGlobals() {
    }

    /** The RMSKS credential facts (content/credentials/rmsks.yml) that the disclaimer and the self-check quote. */
    @TemplateGlobal
    static CredentialFacts rmsks() {
        return Arc.container().instance(Content.class).get().rmsks();
    }
}
