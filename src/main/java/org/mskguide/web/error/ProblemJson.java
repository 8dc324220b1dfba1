package org.mskguide.web.error;

import java.util.List;

import jakarta.ws.rs.core.Response;

import org.mskguide.web.FieldErrors.FieldError;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A {@link Problem} as RFC 9457 problem details ({@code application/problem+json}), the body of every error
 * from the JSON API. {@code type} is {@code about:blank}, so {@code title} is the HTTP status phrase and
 * {@code detail} says what went wrong; {@code errors} names each field at fault.
 *
 * @param retryAfterSeconds the same number as the {@code Retry-After} header, for 429 and 503; absent otherwise
 */
@JsonPropertyOrder({ "type", "title", "status", "detail", "instance", "errors", "retryAfterSeconds" })
public record ProblemJson(String type, String title, int status, String detail, String instance,
        List<FieldError> errors, @JsonInclude(JsonInclude.Include.NON_NULL) Long retryAfterSeconds) {

    public static final String MEDIA_TYPE = "application/problem+json";

    static ProblemJson of(Problem problem, String path) {
        Response.Status status = Response.Status.fromStatusCode(problem.status());
        String title = status == null ? "Error" : status.getReasonPhrase();
        return new ProblemJson("about:blank", title, problem.status(), problem.message(), path, problem.errors(),
                problem.retryAfter() > 0 ? problem.retryAfter() : null);
    }
}
