package org.mskguide.quiz;

import java.lang.annotation.Annotation;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.mskguide.web.Layout;

/**
 * Gives a body to the quiz requests that the framework refuses before any quiz code runs, so a reader never
 * sees a blank error: a form without a valid CSRF token (400), or an API call with the wrong content type (415). Form posts get a 400 page that says what happened and links back to
 * the quiz (a fresh form needs a fresh token); API calls get the API's JSON error body.
 */
public class QuizRejections {

    @Inject
    Layout layout;

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (response.hasEntity() || status < 400 || status >= 500) {
            return;
        }
        String path = request.getUriInfo().getPath();
        if (path.equals("/api/quiz") || path.startsWith("/api/quiz/")) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
            response.setEntity(new QuizApiResource.ErrorJson(status, apiMessage(status)));
        } else if ((path.equals("/quiz") || path.equals("/quiz/class")) && request.getMethod().equals("POST")) {
            String html = page(status == 413 ? "The form was too large to check, so we did not check it."
                    : "The form could not be checked: its security token was missing or out of date, or it was not a "
                            + "quiz form from this site. A token runs out when the quiz stays open for a long time.");
            response.setStatus(400);
            response.setEntity(html, new Annotation[0], MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        }
    }

    private String page(String problem) {
        return QuizResource.Templates.rejected(problem, layout.privateMeta("Error: Quiz not checked",
                "Your answers could not be checked.", "/quiz", "quiz")).render();
    }

    private static String apiMessage(int status) {
        return switch (status) {
            case 400 -> "Bad request: send JSON with the header Content-Type: application/json.";
            case 405 -> "This method is not allowed here.";
            case 406 -> "This API answers in JSON only (Accept: application/json).";
            case 413 -> "The request body is too large.";
            case 415 -> "Send the body as JSON with the header Content-Type: application/json.";
            default -> "The request was refused (HTTP " + status + ").";
        };
    }
}
