package org.mskguide.web.error;

/**
 * A write that did not happen, and is known not to have happened: the attempt queue was full, the writer did not
 * take the attempt before the request's time ran out, or the batch it was in failed (then {@link #getCause()} is
 * the database's exception). {@link ErrorMappers} answers it like a database outage: 503 with {@code Retry-After},
 * "Your answers could not be saved" for a form, problem details for the API. Expected under overload or an outage,
 * so it carries no stack trace of its own.
 */
public class NotSavedException extends RuntimeException {

    public NotSavedException(String why) {
        super(why, null, false, false);
    }

    public NotSavedException(String why, Throwable cause) {
        super(why, cause, false, false);
    }
}
