package org.mskguide.study;

/** A study card that cannot be read: cut short, changed by hand, or made by an older version of the site. */
public class InvalidCard extends Exception {

    /** Why, in the words the reader sees. */
    public enum Reason {
        MALFORMED("This study card is incomplete: the link or file may have been cut short."),
        TAMPERED("This study card was changed after the site made it, so it cannot be trusted."),
        OUTDATED("This study card was made by an older version of the site and can no longer be read.");

        private final String message;

        Reason(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    private final Reason reason;

    public InvalidCard(Reason reason) {
        super(reason.message());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
