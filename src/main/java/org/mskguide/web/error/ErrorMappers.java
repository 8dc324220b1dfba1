package org.mskguide.web.error;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.mskguide.web.OutageConfig;

import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.vertx.core.http.HttpServerRequest;

/**
 * Turns every exception a request can end with, and every bare refusal by the framework, into a
 * {@link Problem}, chosen by exception type and status; {@link ErrorResponses} then renders it. Errors before
 * REST runs (body limit, rate limit) are handled in {@link RequestFailures}.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @Inject
    ErrorResponses responses;

    @Inject
    OutageConfig outage;

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri, Request request) {
        return responses.response(e.problem(), uri.getPath(), request.getMethod());
    }

    /** An attempt that was not stored (full queue, time ran out, failed batch): a 503 like any outage. */
    @ServerExceptionMapper
    public Response notSaved(NotSavedException e, UriInfo uri, Request request) {
        return databaseOutage(e, uri.getPath(), request.getMethod());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri, Request request) {
        String message = ErrorResponses.isApi(uri.getPath()) ? "Nothing is served at " + uri.getPath() + "."
                : "There is no page at this address.";
        return responses.response(Problem.notFound(message), uri.getPath(), request.getMethod());
    }

    /** A JSON body of the wrong shape; the JSON reader throws these as they are. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri, Request request, HttpServerRequest connection) {
        return unexpected(e, uri, request, connection);
    }

    /** Failed constraints on a request record ({@code @Valid}) or on the body parameter. */
    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri, Request request, HttpServerRequest connection) {
        return unexpected(e, uri, request, connection);
    }

    @ServerExceptionMapper
    public Response invalidParameters(ResteasyReactiveViolationException e, UriInfo uri, Request request, HttpServerRequest connection) {
        return unexpected(e, uri, request, connection);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, Request request, HttpServerRequest connection) {
        String path = uri.getPath();
        if ((connection != null && connection.response().closed()) || Failures.isClientGone(e)) {
            // The client went away mid-request (a closed tab, a load tool stopping): nobody is left to answer and
            // nothing is wrong on our side, so it is not an ERROR. Decided by the connection's state or the
            // exception's type, never by the message.
            LOG.debugf("Client closed the connection during %s %s (%s)", request.getMethod(), path,
                    e.getClass().getSimpleName());
            return responses.response(Problem.BAD_REQUEST, path, request.getMethod());
        }
        Problem problem = clientMistake(e);
        if (problem != null) {
            return responses.response(problem, path, request.getMethod());
        }
        if (e instanceof WebApplicationException wae && wae.getResponse().getStatus() < 500) {
            Response refused = wae.getResponse();
            return refused.hasEntity() ? refused
                    : responses.response(Problem.forStatus(refused.getStatus()), path, request.getMethod());
        }
        if (Failures.isDatabaseFailure(e)) {
            return databaseOutage(e, path, request.getMethod());
        }
        if (Failures.isMalformedRequest(e)) {
            LOG.warnf(e, "Unreadable request %s %s", request.getMethod(), path);
            return responses.response(Problem.BAD_REQUEST, path, request.getMethod());
        }
        LOG.errorf(e, "Unexpected error on %s", path);
        return responses.response(Problem.SERVER_ERROR, path, request.getMethod());
    }

    /**
     * The problem when {@code e} is bad input from the client, or null. The JSON reader wraps syntax errors
     * in a 400 {@link WebApplicationException}, so its cause is looked at too.
     */
    private static Problem clientMistake(Throwable e) {
        Throwable cause = e instanceof WebApplicationException && e.getCause() != null ? e.getCause() : e;
        // A syntax error inside a nested value reaches us wrapped in a mapping exception that adds the path.
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StreamReadException unreadable) {
                return JsonProblems.unreadable(unreadable);
            }
        }
        if (cause instanceof JsonMappingException mismatched) {
            return JsonProblems.mismatched(mismatched);
        }
        if (cause instanceof ConstraintViolationException invalid && invalid.getConstraintViolations().stream()
                .noneMatch(ErrorMappers::isReturnValue)) {
            return JsonProblems.invalid(invalid.getConstraintViolations());
        }
        return null;
    }

    private static boolean isReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /**
     * Gives a body to the refusals the framework makes before any resource runs (the CSRF filter's 400 for a
     * form without a valid token, a 405, a 406), so nobody gets a blank error: a problem under {@code /api/},
     * and a page that says the form was not checked for a refused form post.
     */
    @ServerResponseFilter
    public void explainBareRefusals(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (response.hasEntity() || status < 400) {
            return;
        }
        String path = request.getUriInfo().getPath();
        boolean formPost = "POST".equals(request.getMethod()) && !ErrorResponses.isApi(path);
        Problem problem = status == 400 && formPost ? Problem.formNotChecked(path) : Problem.forStatus(status);
        Response rendered = responses.response(problem, path, request.getMethod());
        response.setStatus(rendered.getStatus());
        response.getHeaders().putAll(rendered.getHeaders());
        response.setEntity(rendered.getEntity(), new java.lang.annotation.Annotation[0], rendered.getMediaType());
    }

    /**
     * A failed database call gets an honest 503 with {@code Retry-After}: nothing was saved (POST) or the page
     * cannot be shown now (GET). How fast it comes is set by the pool's short acquisition timeout.
     */
    private Response databaseOutage(Throwable e, String path, String method) {
        if (e instanceof NotSavedException && e.getCause() == null) {
            // Refused before reaching the database (queue full, writer in trouble): overload or an outage, not a bug.
            LOG.warnf("Not saved on %s %s: %s", method, path, e.getMessage());
        } else if (e instanceof NotSavedException && !Failures.isDatabaseFailure(e)) {
            // The batch failed with something other than a database error: a bug in the writer.
            LOG.errorf(e, "Not saved on %s %s", method, path);
        } else if (Failures.isConnectionFailure(e)) {
            LOG.warnf("Database unavailable on %s %s: %s", method, path, rootCause(e));
        } else {
            LOG.errorf(e, "Database error on %s %s", method, path);
        }
        long seconds = Math.max(1, outage.retryAfter().toSeconds());
        Problem problem = "GET".equals(method) || "HEAD".equals(method)
                ? Problem.couldNotLoad(seconds)
                : Problem.couldNotSave(seconds);
        return responses.response(problem, path, method);
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
