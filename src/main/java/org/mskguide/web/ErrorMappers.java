package org.mskguide.web;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.mskguide.content.Content;
import org.mskguide.content.Page;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Error pages a reader can use: a 404 that suggests topics, and a plain 500 that never shows a stack trace
 * or SQL. Paths under {@code /api/} get JSON instead. Templates: {@code templates/errors/}.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @CheckedTemplate(basePath = "errors")
    static class Templates {
        static native TemplateInstance notFound(List<Page> topics, PageMeta meta);

        static native TemplateInstance serverError(PageMeta meta);
    }

    @Inject
    Content content;

    @Inject
    Layout layout;

    @Inject
    DatabaseOutage databaseOutage;

    @Inject
    ErrorPages errorPages;

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        if (isApi(uri)) {
            return json(Response.Status.NOT_FOUND, "not found: " + uri.getPath());
        }
        return Response.status(Response.Status.NOT_FOUND)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.notFound(content.topics(),
                        layout.privateMeta("Page not found", "There is no page at this address.", uri.getPath(), "none")))
                .build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, Request request) {
        if (e instanceof WebApplicationException wae && wae.getResponse().getStatus() < 500) {
            return wae.getResponse();
        }
        // The database is down or failed: 503 "not saved, try again", not a 500 (see DatabaseOutage).
        if (DatabaseOutage.isDatabaseFailure(e)) {
            return databaseOutage.respond(e, request.getMethod(), uri.getPath());
        }
        // A body the form parser cannot read (bad percent-encoding, a cut multipart): the client's mistake, a 400.
        if (RequestFailures.isMalformedBody(e)) {
            return errorPages.response(Problem.BAD_REQUEST, uri.getPath());
        }
        if (tooManyFormFields(e)) {
            // The client's mistake, not ours: an empty 400 that the form's feature may explain (see quiz/QuizRejections).
            return Response.status(Response.Status.BAD_REQUEST).build();
        }
        LOG.errorf(e, "Unexpected error on %s", uri.getPath());
        if (isApi(uri)) {
            return json(Response.Status.INTERNAL_SERVER_ERROR, "something went wrong on our side; please try again");
        }
        return Response.serverError()
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.serverError(
                        layout.privateMeta("Something went wrong", "An error on our side.", uri.getPath(), "none")))
                .build();
    }

    /**
     * The form parser refuses a form with more fields than {@code quarkus.http.limits.max-parameters} with a bare
     * RuntimeException ("Param limit of 1000 was exceeded") rather than a 400.
     */
    static boolean tooManyFormFields(Throwable e) {
        return e.getClass() == RuntimeException.class && e.getMessage() != null && e.getMessage().startsWith("Param limit");
    }

    static boolean isApi(UriInfo uri) {
        return uri.getPath().startsWith("/api/");
    }

    static Response json(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("status", status.getStatusCode(), "error", message)).build();
    }
}
