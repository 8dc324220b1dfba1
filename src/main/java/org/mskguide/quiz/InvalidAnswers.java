package org.mskguide.quiz;

/**
 * A submission the server will not grade: it does not match the question bank or the quiz that was served
 * (an unknown question, a foreign choice, an edited hidden field, a repeated field, too many answers...).
 * The message is plain text fit for the reader (HTML) and the developer (JSON API) alike. Nothing is stored.
 */
public class InvalidAnswers extends Exception {

    public InvalidAnswers(String message) {
        super(message, null, false, false);
    }
}
