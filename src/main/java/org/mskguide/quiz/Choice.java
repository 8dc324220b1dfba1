package org.mskguide.quiz;

/**
 * One answer option of a question.
 *
 * @param id      unique within its question (e.g. {@code b}); what the form and the API send back
 * @param correct exactly one choice of each question is correct (checked at start-up)
 */
public record Choice(String id, String text, boolean correct) {
}
