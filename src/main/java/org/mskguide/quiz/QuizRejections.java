package org.mskguide.quiz;

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
        if (path.startsWith("/api/quiz")) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
            response.setEntity(new QuizApiResource.ErrorJson(status, apiMessage(status)));
        } else if (path.equals("/quiz") && request.getMethod().equals("POST") && status == 400) {
            // Only the CSRF filter answers a quiz form with an empty 400; QuizResource explains everything else.
            response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.TEXT_HTML + ";charset=UTF-8");
            response.setEntity(page("The form's security token was missing or out of date, so we did not check it. "
                    + "This happens when the quiz was open for a long time, or when the form came from another site."));
        }
    }

    /** The 400 page for a quiz form that could not be read; also used by {@link QuizResource}. */
    String page(String problem) {
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
