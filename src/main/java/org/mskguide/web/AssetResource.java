package org.mskguide.web;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.quarkus.vertx.web.Route;
import io.quarkus.vertx.web.Route.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/** {@code /assets/{name}}: the stylesheet and icon, from memory, on the event loop. */
@Singleton
public class AssetResource {

    @Inject
    Assets assets;

    @Route(path = "/assets/:name", methods = { HttpMethod.GET, HttpMethod.HEAD })
    void asset(RoutingContext rc) {
        assets.get(rc.pathParam("name")).ifPresentOrElse(body -> body.send(rc), rc::next);
    }
}
