package org.mskguide.quiz;

/**
 * How readers did on one question, over every stored attempt that showed it.
 *
 * @param shown    attempts that showed the question
 * @param answered attempts that answered it (shown minus left out)
 * @param correct  attempts that answered it right
 */
public record QuestionStats(String questionId, long shown, long answered, long correct) {

    /** Share of answers that were right, 0 to 1; 0 when nobody answered. */
    public double shareCorrect() {
        return answered == 0 ? 0 : (double) correct / answered;
    }
}
