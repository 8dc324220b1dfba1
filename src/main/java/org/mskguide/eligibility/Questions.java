package org.mskguide.eligibility;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.mskguide.web.AppRoutes;

/**
 * The self-check's questions, worded once for the form's labels and the "check your answers" list. The window
 * length comes from the rules data.
 */
public record Questions(String credential, String type, String studies, String perMonth, String cme, String cmeHint,
        String spi, String spiDate) {

    /** One row of "check your answers": the question, the answer as the reader will recognise it, the field id. */
    /** @param changeHref the questions page with these answers filled in, scrolled to this question */
    public record AnswerRow(String field, String question, String answer, String changeHref) {
    }

    private static AnswerRow row(String change, String field, String question, String answer) {
        return new AnswerRow(field, question, answer, change + field);
    }

    public static Questions of(RmsksRules rules) {
        return new Questions(
                "Do you hold an active health-related credential or license?",
                "What kind of credential or license is it? (optional)",
                "How many MSK ultrasound studies have you performed in the last " + rules.windowMonths() + " months?",
                "How many MSK ultrasound studies do you perform in a typical month? (optional)",
                "How many MSK continuing medical education (CME) credits have you earned? (optional)",
                rules.cmeRecommended().value() + " are recommended before you apply, but they are not required.",
                "Have you passed the Sonography Principles and Instrumentation (SPI) exam?",
                "When did you pass the SPI exam?");
    }

    /** The answers of a valid form, question by question, for "check your answers". */
    public List<AnswerRow> summary(SelfCheckForm form) {
        List<AnswerRow> rows = new ArrayList<>();
        String change = AppRoutes.ELIGIBILITY_QUESTIONS + "?" + form.query() + "#";
        rows.add(row(change, AnswerField.ACTIVE_CREDENTIAL.formName(), credential, yesNo(form.credential())));
        rows.add(row(change, AnswerField.CREDENTIAL_TYPE.formName(), type,
                CredentialType.fromCode(form.type()).map(CredentialType::label).orElse("Not given")));
        rows.add(row(change, AnswerField.STUDIES.formName(), studies, form.studies()));
        rows.add(row(change, AnswerField.STUDIES_PER_MONTH.formName(), perMonth, orNotGiven(form.perMonth())));
        rows.add(row(change, AnswerField.CME_CREDITS.formName(), cme, orNotGiven(form.cme())));
        rows.add(row(change, AnswerField.SPI_PASSED.formName(), spi, yesNo(form.spi())));
        if ("yes".equals(form.spi())) {
            rows.add(row(change, AnswerField.SPI_PASSED_ON.formName(), spiDate, day(form.spiDate())));
        }
        return rows;
    }

    private static String yesNo(String answer) {
        return "yes".equals(answer) ? "Yes" : "no".equals(answer) ? "No" : "Not given";
    }

    private static String orNotGiven(String answer) {
        return answer.isEmpty() ? "Not given" : answer;
    }

    private static String day(String iso) {
        try {
            return Wording.day(LocalDate.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }
}
