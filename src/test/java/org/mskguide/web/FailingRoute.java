package org.mskguide.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;

/** Test-only routes that fail on purpose, to check what a reader sees when code breaks outside REST. */
@ApplicationScoped
public class FailingRoute {

    static final String PATH = "/test-only/fail";
    static final String SECRET = "select secret_column from attempts";

    void install(@Observes Router router) {
        router.get(PATH).handler(rc -> {
            throw new IllegalStateException("broken on purpose: " + SECRET);
        });
    }
}
