package org.mskguide.web.error;

import java.util.List;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
@Schema(description = "RFC 9457 problem details, the body of every error.")
@JsonPropertyOrder({ "type", "title", "status", "detail", "instance", "errors", "retryAfterSeconds" })
public record ProblemJson(
        @Schema(description = "Always `about:blank`: the status says what kind of problem it is.",
                example = "about:blank") String type,
        @Schema(description = "The HTTP status phrase.", example = "Bad Request") String title,
        @Schema(description = "The HTTP status.", example = "400") int status,
        @Schema(description = "What went wrong and what to do, in a sentence.",
                example = "'mskStudiesLast36Months' cannot be negative.") String detail,
        @Schema(description = "The path that was called.", example = "/api/v1/eligibility/rmsks") String instance,
        @Schema(description = "One entry per field at fault; empty when the problem is not about a field.")
        List<FieldError> errors,
        @Schema(description = "For 429 and 503: seconds to wait, as in `Retry-After`.", example = "5")
        @JsonInclude(JsonInclude.Include.NON_NULL) Long retryAfterSeconds) {

    public static final String MEDIA_TYPE = "application/problem+json";

    static ProblemJson of(Problem problem, String path) {
        Response.Status status = Response.Status.fromStatusCode(problem.status());
        String title = status == null ? "Error" : status.getReasonPhrase();
        return new ProblemJson("about:blank", title, problem.status(), problem.message(), path, problem.errors(),
                problem.retryAfter() > 0 ? problem.retryAfter() : null);
    }
}
