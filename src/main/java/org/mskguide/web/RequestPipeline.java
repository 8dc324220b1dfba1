package org.mskguide.web;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.mskguide.web.api.ApiCors;
import org.mskguide.web.api.ApiRoutes;
import org.mskguide.web.api.ApiVersions;
import org.mskguide.web.error.RequestFailures;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Every stage a request passes before the REST resources, in the order it passes them; this is the only place
 * that adds routes to the router (the resources themselves are Quarkus's). All stages run ahead of Quarkus's own
 * handlers (except its first few, such as the configured headers), so even a request refused early (body too large,
 * rate limited) gets the security headers and a page of ours. {@code RequestPipelineTest} holds the order.
 */
@ApplicationScoped
public class RequestPipeline {

    /** One stage: a name for people, where it applies (a path prefix, a method), what it does. */
    public record Stage(String name, String pathPrefix, HttpMethod method, boolean onFailure,
            Handler<RoutingContext> handler) {
    }

    @Inject
    PreRenderedRoute preRendered;

    @Inject
    ApiVersions apiVersions;

    @Inject
    ApiCors apiCors;

    @Inject
    SecurityHeaders securityHeaders;

    @Inject
    RequestFailures failures;

    @Inject
    RateLimiter rateLimiter;

    /** The stages in order. */
    public List<Stage> stages() {
        List<Stage> stages = new java.util.ArrayList<>(List.of(
                // Finished pages and assets, before anything that would only cost time (their headers are built in).
                new Stage("pre-rendered pages", null, null, false, preRendered::handle),
                // /api/... without a version is rerouted to /api/v1/..., before anything runs twice for it.
                new Stage("API version aliases", ApiRoutes.PREFIX + "/", null, false, apiVersions::reroute),
                // Before the limits below, so their refusals (413, 429) are readable by a calling page too.
                new Stage("API CORS", null, null, false, apiCors::handle),
                // The fixed security headers come from configuration (quarkus.http.header.*), set before stage one.
                new Stage("HSTS and text charset", null, null, false, securityHeaders::handle),
                new Stage("declared body too large", null, null, false, failures::refuseOversizedBody),
                new Stage("failure page", null, null, true, failures::handle)));
        if (rateLimiter.enabled()) {
            // Reading is never limited; only submissions.
            stages.add(new Stage("rate limit", null, HttpMethod.POST, false, rateLimiter::handle));
        }
        return List.copyOf(stages);
    }

    void install(@Observes Router router) {
        // Vert.x runs routes by ascending order. Stage one comes right after Quarkus's first routes (order
        // Integer.MIN_VALUE: among them the one that sets the configured security headers), so every response,
        // a pre-rendered page included, carries them; Quarkus's other handlers start far above.
        int order = Integer.MIN_VALUE + 1;
        for (Stage stage : stages()) {
            Route route = stage.pathPrefix() == null ? router.route() : router.route(stage.pathPrefix() + "*");
            route.order(order++);
            if (stage.method() != null) {
                route.method(stage.method());
            }
            if (stage.onFailure()) {
                route.failureHandler(stage.handler());
            } else {
                route.handler(stage.handler());
            }
        }
    }
}
