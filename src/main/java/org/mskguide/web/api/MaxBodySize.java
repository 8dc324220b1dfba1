package org.mskguide.web.api;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.mskguide.web.error.Problem;
import org.mskguide.web.error.ProblemException;

/**
 * A body limit for one endpoint, below the site-wide {@code quarkus.http.limits.max-body-size}: a request that
 * declares a larger body gets a 400 saying so before it is read, e.g. {@code @MaxBodySize(8 * 1024)}.
 */
@Retention(RUNTIME)
@Target(METHOD)
public @interface MaxBodySize {

    /** The largest body accepted, in bytes. */
    int value();

    /** Applies {@link MaxBodySize} to the resource method that will serve the request. */
    class Check {

        @ServerRequestFilter
        public void check(ContainerRequestContext request, ResourceInfo resource) {
            MaxBodySize limit = resource.getResourceMethod() == null ? null
                    : resource.getResourceMethod().getAnnotation(MaxBodySize.class);
            String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
            if (limit == null || declared == null) {
                return;
            }
            long length;
            try {
                length = Long.parseLong(declared.trim());
            } catch (NumberFormatException e) {
                throw new ProblemException(Problem.BAD_REQUEST);
            }
            if (length > limit.value()) {
                throw new ProblemException(Problem.badRequest(
                        "The request body is larger than " + limit.value() / 1024 + " KB.", java.util.List.of()));
            }
        }
    }
}
