package org.mskguide.instructors;

import java.lang.annotation.Annotation;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.mskguide.web.Layout;

/**
 * Gives a page to the instructors' form posts that the framework refuses before our code runs (a missing or stale
 * CSRF token: 400; a form too large: 413), so an instructor never sees a blank error. Nothing was changed.
 */
public class InstructorFormRejections {

    @Inject
    Layout layout;

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (response.hasEntity() || status < 400 || status >= 500 || !request.getMethod().equals("POST")
                || !request.getUriInfo().getPath().startsWith("/instructors/")) {
            return;
        }
        String html = ClassQuizResource.Templates.rejected(status == 413
                ? "The form was too large to check, so we did not check it."
                : "The form could not be checked: its security token was missing or out of date. A token runs out when "
                        + "a page stays open for a long time.",
                layout.privateMeta("Error: Form not checked", "The form could not be checked.", "/instructors",
                        "instructors")).render();
        response.setStatus(400);
        response.setEntity(html, new Annotation[0], MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
    }
}
