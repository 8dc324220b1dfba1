package org.mskguide.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateGlobal;

/**
 * Template globals for every page: {@code {site.name}}, {@code {site.cssHref}}. Qute checks their types at build
 * time and resolves them with generated resolvers, like a template parameter, without each resource passing them.
 */
public class SiteGlobals {

    private SiteGlobals() {
    }

    /** {@code {site.name}} prints {@code MSK Ultrasound Guide}. */
    @TemplateGlobal
    static Site site() {
        // A global is static; the values come from configuration, held by the Layout bean.
        return Arc.container().instance(Layout.class).get().site();
    }
}
