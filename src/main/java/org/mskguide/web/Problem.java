package org.mskguide.web;

/**
 * A request the site could not serve, explained to the reader: the status, a heading and what to do
 * next. {@link ErrorPages} turns it into an HTML page or, under {@code /api/}, a JSON body.
 *
 * @param status     the HTTP status
 * @param title      the page's h1, e.g. "Your answers could not be saved"
 * @param message    one or two plain sentences: what happened and what the reader can do
 * @param retryAfter seconds for a {@code Retry-After} header, or 0 for none
 */
public record Problem(int status, String title, String message, long retryAfter) {

    public static final Problem BAD_REQUEST = new Problem(400, "We could not read that request",
            "The request was not in a form this site understands. Go back, reload the page and try again.", 0);

    public static final Problem TOO_LARGE = new Problem(413, "That was more than this site accepts",
            "The form sent much more text than any form on this site needs, so nothing was saved. Go back, "
                    + "reload the page and try again.",
            0);

    public static final Problem SERVER_ERROR = new Problem(500, "Something went wrong",
            "An error on our side stopped this page. Nothing you entered was stored. Please try again in a moment.", 0);

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

    private static String seconds(long seconds) {
        return seconds <= 1 ? "a second" : seconds + " seconds";
    }
}
