package org.mskguide.mockexam;

/** A mock exam token that cannot be used: cut short, changed by hand (its deadline moved), or from an older site. */
public class InvalidAttempt extends Exception {

    /** Why, in the words the reader sees. */
    public enum Reason {
        MALFORMED("This mock exam's address is incomplete: it may have been cut short."),
        TAMPERED("This mock exam's time limit or questions were changed after the site set them, so it cannot be"
                + " graded."),
        OUTDATED("This mock exam was started on an older version of the site and can no longer be graded.");

        private final String message;

        Reason(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    private final Reason reason;

    public InvalidAttempt(Reason reason) {
        super(reason.message(), null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
