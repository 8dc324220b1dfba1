package org.mskguide.web.error;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.mskguide.content.Content;
import org.mskguide.content.TopicGroup;
import org.mskguide.web.Layout;
import org.mskguide.web.PageMeta;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * The one place that decides how an error looks: problem details under {@code /api/}, the site's page
 * elsewhere. Works both in a REST exception mapper or filter ({@link #response}) and in a Vert.x handler
 * that runs before REST ({@link #send}, for a body that is too large or a rate limit).
 * Templates: {@code templates/errors/}.
 */
@ApplicationScoped
public class ErrorResponses {

    public static final String API_PREFIX = "/api/";

    @CheckedTemplate(basePath = "errors")
    static class Templates {
        static native TemplateInstance problem(Problem problem, String formPath, PageMeta meta);

        static native TemplateInstance notFound(List<TopicGroup> groups, PageMeta meta);
    }

    @Inject
    Layout layout;

    @Inject
    Content content;

    @Inject
    ObjectMapper json;

    /** For REST mappers and filters, e.g. {@code return errors.response(Problem.couldNotSave(2), "/quiz", "POST");}. */
    public Response response(Problem problem, String path, String method) {
        Response.ResponseBuilder builder = Response.status(problem.status()).header(HttpHeaders.CACHE_CONTROL, "no-store");
        if (problem.retryAfter() > 0) {
            builder.header(HttpHeaders.RETRY_AFTER, problem.retryAfter());
        }
        if (isApi(path)) {
            return builder.type(ProblemJson.MEDIA_TYPE).entity(ProblemJson.of(problem, path)).build();
        }
        return builder.type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html(problem, path, method)).build();
    }

    /** For Vert.x handlers: ends the response with the problem's page or problem details. */
    public void send(RoutingContext rc, Problem problem) {
        String path = rc.normalizedPath() != null ? rc.normalizedPath() : rc.request().path();
        var response = rc.response().setStatusCode(problem.status());
        if (problem.retryAfter() > 0) {
            response.putHeader(HttpHeaders.RETRY_AFTER, Long.toString(problem.retryAfter()));
        }
        response.putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (isApi(path)) {
            response.putHeader(HttpHeaders.CONTENT_TYPE, ProblemJson.MEDIA_TYPE).end(encode(ProblemJson.of(problem, path)));
        } else {
            response.putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
                    .end(html(problem, path, rc.request().method().name()));
        }
    }

    private String html(Problem problem, String path, String method) {
        PageMeta meta = layout.privateMeta(problem.title(), problem.message(), path, "none");
        if (problem.status() == 404) {
            return Templates.notFound(content.topicGroups(), meta).render();
        }
        // A refused form post: its path also serves the empty form, so link back to it.
        String formPath = HttpMethod.POST.name().equals(method) ? path : null;
        return Templates.problem(problem, formPath, meta).render();
    }

    private String encode(ProblemJson body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem body is plain data and always serialisable", e);
        }
    }

    /** True for the JSON API's paths, which get problem details instead of pages. */
    public static boolean isApi(String path) {
        return path != null && path.startsWith(API_PREFIX);
    }
}
