package org.mskguide.eligibility;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.mskguide.web.AppRoutes;

/**
 * The self-check's questions, worded once for the form's labels and the "check your answers" list. The window
 * length and the therapeutic limit come from the rules data; the licence question names the reader's profession.
 */
public record Questions(String profession, String licence, String studies, String therapeutic, String therapeuticHint,
        String real, String perMonth, String prerequisite, String spi, String spiDate) {

    /** One row of "check your answers": the question, the answer as the reader will recognise it, the field id. */
    /** @param changeHref the questions page with these answers filled in, scrolled to this question */
    public record AnswerRow(String field, String question, String answer, String changeHref) {
    }

    private static AnswerRow row(String change, String field, String question, String answer) {
        return new AnswerRow(field, question, answer, change + field);
    }

    /** The questions for a reader of this profession (null before one is chosen). */
    public static Questions of(CredentialRules rules, Profession profession) {
        String who = profession == null ? "in your profession" : "as " + profession.label();
        return new Questions(
                "What best describes you?",
                "Do you hold a current licence and practise " + who + "?",
                "How many MSK ultrasound studies have you performed or diagnosed in the last " + rules.windowMonths()
                        + " months?",
                "How many of those were therapeutic, such as an injection or an aspiration? (optional)",
                "At most " + rules.therapeuticMax() + " of the " + rules.required() + " may be therapeutic.",
                "Were all of those studies on real patients in a clinical diagnostic setting (none on simulators)?",
                "How many MSK ultrasound studies do you perform in a typical month? (optional)",
                "How do you plan to apply to ARDMS for the MSKS exam?",
                "Have you passed the Sonography Principles and Instrumentation (SPI) exam?",
                "When did you pass the SPI exam?");
    }

    /** The answers of a valid form, question by question, for "check your answers". */
    public List<AnswerRow> summary(SelfCheckForm form, CredentialRoute route) {
        List<AnswerRow> rows = new ArrayList<>();
        String change = AppRoutes.ELIGIBILITY_QUESTIONS + "?" + form.query() + "#";
        rows.add(new AnswerRow(AnswerField.PROFESSION.formName(), profession, route.profession().label(),
                AppRoutes.ELIGIBILITY + "?" + AnswerField.PROFESSION.formName() + "=" + route.profession().code()
                        + "#route-finder"));
        if (route.checked() == Credential.RMSK) {
            rows.add(row(change, AnswerField.LICENSED.formName(), licence, yesNo(form.licence())));
            rows.add(row(change, AnswerField.STUDIES.formName(), studies, form.studies()));
            rows.add(row(change, AnswerField.THERAPEUTIC.formName(), therapeutic, orNotGiven(form.therapeutic())));
            rows.add(row(change, AnswerField.REAL_PATIENTS.formName(), real, yesNo(form.real())));
            rows.add(row(change, AnswerField.STUDIES_PER_MONTH.formName(), perMonth, orNotGiven(form.perMonth())));
        } else if (route.checked() == Credential.RMSKS && !route.registrant()) {
            rows.add(row(change, AnswerField.PREREQUISITE.formName(), prerequisite,
                    PrerequisiteChoice.fromCode(form.prerequisite()).map(PrerequisiteChoice::label).orElse("Not given")));
            rows.add(row(change, AnswerField.SPI_PASSED.formName(), spi, yesNo(form.spi())));
            if ("yes".equals(form.spi())) {
                rows.add(row(change, AnswerField.SPI_PASSED_ON.formName(), spiDate, day(form.spiDate())));
            }
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
