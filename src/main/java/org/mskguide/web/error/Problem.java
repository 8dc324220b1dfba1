package org.mskguide.web.error;

import java.util.List;

import org.mskguide.web.FieldErrors.FieldError;
import org.mskguide.web.AppRoutes;

/**
 * A request the site could not serve, explained to the reader: the status, a heading, what to do next and,
 * for bad input, the fields at fault. {@link ErrorResponses} turns it into an HTML page or, under
 * {@code /api/}, RFC 9457 problem details. A resource reports one by throwing {@link ProblemException}.
 *
 * @param status     the HTTP status
 * @param title      the page's h1, e.g. "Your answers could not be saved"
 * @param message    one or two plain sentences: what happened and what the reader can do (the problem's
 *                   {@code detail})
 * @param retryAfter seconds for a {@code Retry-After} header, or 0 for none
 * @param errors     the fields at fault, each with its message (the problem's {@code errors}); may be empty
 */
public record Problem(int status, String title, String message, long retryAfter, List<FieldError> errors) {

    public static final Problem BAD_REQUEST = new Problem(400, "We could not read that request",
            "The request was not in a form this site understands. Go back, reload the page and try again.", 0);

    public static final Problem TOO_LARGE = new Problem(413, "That was more than this site accepts",
            "The form sent much more text than any form on this site needs, so nothing was saved. Go back, "
                    + "reload the page and try again.",
            0);

    public static final Problem UNSUPPORTED_MEDIA_TYPE = new Problem(415, "We could not read that request",
            "Send the body as JSON with the header Content-Type: application/json.", 0);

    public static final Problem SERVER_ERROR = new Problem(500, "Something went wrong",
            "An error on our side stopped this page. Nothing you entered was stored. Please try again in a moment.", 0);

    /**
     * A form post the CSRF filter refused: a missing or stale token, or a form from another site. The reader
     * needs a fresh form, which brings a fresh token.
     */
    public static final Problem FORM_NOT_CHECKED = new Problem(400, "The form was not checked",
            "The form could not be checked: its security token was missing or out of date, or it was not a form "
                    + "from this site. A token runs out when the page stays open for a long time. Nothing was saved.",
            0, List.of(new FieldError(null, "The form could not be checked: its security token was missing or out "
                    + "of date, or it was not a form from this site. Nothing was saved.")));

    /** The same refusal on a quiz form, titled in the reader's terms: what they sent were answers. */
    public static final Problem ANSWERS_NOT_CHECKED = new Problem(400, "Your answers were not checked",
            FORM_NOT_CHECKED.message(), 0, FORM_NOT_CHECKED.errors());

    /** The refusal of a form post to {@code path}: quiz forms speak of answers, every other form of the form. */
    public static Problem formNotChecked(String path) {
        boolean quiz = path.equals(AppRoutes.QUIZ) || path.startsWith(AppRoutes.QUIZ + "/");
        return quiz ? ANSWERS_NOT_CHECKED : FORM_NOT_CHECKED;
    }

    public Problem {
        errors = List.copyOf(errors);
    }

    public Problem(int status, String title, String message, long retryAfter) {
        this(status, title, message, retryAfter, List.of());
    }

    /** Bad input: {@code message} sums it up, {@code errors} name each field, e.g. {@code ("answers", "is required")}. */
    public static Problem badRequest(String message, List<FieldError> errors) {
        return new Problem(400, BAD_REQUEST.title(), message, 0, errors);
    }

    /** Bad input in one field; the summary is the field's name followed by the message. */
    public static Problem invalidField(String field, String message) {
        return badRequest(field + " " + message, List.of(new FieldError(field, message)));
    }

    /** Nothing at this address, e.g. {@code Problem.notFound("No attempt with id 'x'.")}. */
    public static Problem notFound(String message) {
        return new Problem(404, "Page not found", message, 0);
    }

    /** Too many form submissions from one address in a short time. */
    public static Problem tooManyRequests(long retryAfterSeconds) {
        return new Problem(429, "Please wait a moment",
                "We received many submissions from your network in a short time. Nothing was saved from this "
                        + "one. Please try again in " + seconds(retryAfterSeconds) + ".",
                retryAfterSeconds);
    }

    /** The database did not answer while saving: nothing was stored, the reader may simply retry. */
    public static Problem couldNotSave(long retryAfterSeconds) {
        return new Problem(503, "Your answers could not be saved",
                "Our database is not answering right now, so nothing was saved. Go back and submit again in "
                        + seconds(retryAfterSeconds) + ": your browser usually keeps what you entered.",
                retryAfterSeconds);
    }

    /** The database did not answer while reading: the page needs stored data (a saved result). */
    public static Problem couldNotLoad(long retryAfterSeconds) {
        return new Problem(503, "This page is not available right now",
                "Our database is not answering, so we cannot show this page. Nothing was lost: please try "
                        + "again in " + seconds(retryAfterSeconds) + ". Topic pages still work.",
                retryAfterSeconds);
    }

    /**
     * A refusal the framework made without a body (a 405, a 406, a 4xx from a filter), so the reader still gets
     * a sentence. Statuses with a problem of their own get that one.
     */
    public static Problem forStatus(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 404 -> notFound("There is nothing at this address.");
            case 405 -> new Problem(405, "That is not possible here", "This address does not accept this method.", 0);
            case 406 -> new Problem(406, "We cannot answer in that format",
                    "This address answers in one format only; ask for JSON from the API and HTML elsewhere.", 0);
            case 413 -> TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 500 ? SERVER_ERROR
                    : new Problem(status, "The request was refused", "The request was refused (HTTP " + status + ").", 0);
        };
    }

    private static String seconds(long seconds) {
        return seconds <= 1 ? "a second" : seconds + " seconds";
    }
}
