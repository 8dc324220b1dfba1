package org.mskguide.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Renders a {@link Problem} the same way wherever it is detected: in a REST exception mapper
 * ({@link #response}) or in a Vert.x handler before REST runs ({@link #send}, for a body that is too
 * large or a rate limit). Pages under {@code /api/} get {@code {"status":..., "error":...}} JSON.
 * Template: {@code templates/errors/problem.html}.
 */
@ApplicationScoped
public class ErrorPages {

    @CheckedTemplate(basePath = "errors")
    static class Templates {
        static native TemplateInstance problem(Problem problem, String formPath, PageMeta meta);
    }

    @Inject
    Layout layout;

    /** For REST exception mappers, e.g. {@code return errorPages.response(Problem.couldNotSave(2), path);}. */
    public Response response(Problem problem, String path) {
        Response.ResponseBuilder builder = Response.status(problem.status());
        if (problem.retryAfter() > 0) {
            builder.header(HttpHeaders.RETRY_AFTER, problem.retryAfter());
        }
        if (isApi(path)) {
            return builder.type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(json(problem)).build();
        }
        return builder.type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html(problem, path, null)).build();
    }

    /** For Vert.x handlers: ends the response with the problem's page or JSON. */
    public void send(RoutingContext rc, Problem problem) {
        String path = rc.normalizedPath() != null ? rc.normalizedPath() : rc.request().path();
        var response = rc.response().setStatusCode(problem.status());
        if (problem.retryAfter() > 0) {
            response.putHeader(HttpHeaders.RETRY_AFTER, Long.toString(problem.retryAfter()));
        }
        response.putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (isApi(path)) {
            response.putHeader(HttpHeaders.CONTENT_TYPE, "application/json;charset=UTF-8")
                    .end(new JsonObject(json(problem)).encode());
        } else {
            // A refused form post (too large, too many): its path also serves the empty form, so link back to it.
            String formPath = rc.request().method() == HttpMethod.POST ? path : null;
            response.putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8").end(html(problem, path, formPath));
        }
    }

    String html(Problem problem, String path, String formPath) {
        return Templates.problem(problem, formPath, layout.privateMeta(problem.title(), problem.message(), path, "none"))
                .render();
    }

    static Map<String, Object> json(Problem problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", problem.status());
        body.put("error", problem.message());
        if (problem.retryAfter() > 0) {
            body.put("retryAfterSeconds", problem.retryAfter());
        }
        return body;
    }

    static boolean isApi(String path) {
        return path != null && path.startsWith("/api/");
    }
}
