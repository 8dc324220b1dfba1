package org.mskguide.web.api;

import jakarta.enterprise.context.ApplicationScoped;


import io.vertx.ext.web.RoutingContext;

/**
 * Serves the unversioned API paths ({@code /api/quiz}, {@code /api/eligibility/rmsks}) as permanent aliases of
 * {@code /api/v1/...}: the request is rerouted before any other handler runs, so an alias answers exactly like
 * the versioned path (same body, headers, limits and rate limit, counted once).
 */
@ApplicationScoped
public class ApiVersions {

    /** Only under {@link ApiRoutes#PREFIX}; {@link org.mskguide.web.RequestPipeline} places it. */
    public void reroute(RoutingContext rc) {
        String versioned = ApiRoutes.versioned(rc.normalizedPath());
        if (versioned == null) {
            rc.next();
            return;
        }
        String query = rc.request().query();
        rc.reroute(rc.request().method(), query == null ? versioned : versioned + "?" + query);
    }
}
