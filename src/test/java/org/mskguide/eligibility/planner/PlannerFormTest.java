package org.mskguide.eligibility.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.mskguide.eligibility.AnswerValidator;
import org.mskguide.eligibility.SelfCheckAnswers;
import org.mskguide.eligibility.TestRules;
import org.mskguide.web.FieldErrors;

class PlannerFormTest {

    private final Clock clock = TestRules.on(2026, 11, 26);
    private final StudyLogParser parser = new StudyLogParser(clock);

    private PlannerForm.Parsed parse(String log, String applyIn, String perMonth, String file) {
        return new PlannerForm(log, applyIn, perMonth)
                .parse(file == null ? null : file.getBytes(StandardCharsets.UTF_8), parser, new AnswerValidator(clock), clock);
    }

    @Test
    void aPastedLogAndMonthAreReadAndNormalizedForTheUrl() {
        PlannerForm.Parsed parsed = parse("2025-4 9\n2025-03 12", "2027-01", "", null);

        assertThat(parsed.valid()).isTrue();
        assertThat(parsed.applyIn()).isEqualTo(YearMonth.of(2027, 1));
        assertThat(parsed.perMonth()).isNull();
        assertThat(parsed.normalized().query()).isEqualTo("applyIn=2027-01&log=2025-03+12%0A2025-04+9");
    }

    @Test
    void anUploadTravelsOnAsText() {
        PlannerForm.Parsed parsed = parse("", "2027-01", "6", "month,count\n2025-03,12\n");

        assertThat(parsed.valid()).isTrue();
        assertThat(parsed.normalized().log()).isEqualTo("2025-03 12");
        assertThat(parsed.perMonth()).isEqualTo(6);
    }

    @Test
    void pasteOrFileButNotBothAndNotNeither() {
        assertThat(parse("2025-03 1", "2027-01", "", "2025-03,1").errors().all())
                .containsExactly(new FieldErrors.FieldError("logFile", "Paste your study log or choose a file, not both"));
        assertThat(parse("", "2027-01", "", null).errors().all())
                .containsExactly(new FieldErrors.FieldError("log", "Paste your study log or choose a CSV file"));
    }

    @Test
    void theApplicationMonthIsRequiredAndPlausible() {
        assertThat(parse("2025-03 1", "", "", null).errors().messages("applyIn")).singleElement().asString()
                .startsWith("Enter the month you plan to apply");
        assertThat(parse("2025-03 1", "Jan 2027", "", null).errors().messages("applyIn")).singleElement().asString()
                .startsWith("Enter the month as year-month");
        assertThat(parse("2025-03 1", "2027-13", "", null).errors().messages("applyIn")).singleElement().asString()
                .startsWith("Enter the month as year-month");
        assertThat(parse("2025-03 1", "1989-12", "", null).errors().messages("applyIn"))
                .containsExactly("The application month must be in 1990 or later");
        assertThat(parse("2025-03 1", "2036-12", "", null).errors().messages("applyIn"))
                .containsExactly("Enter a month within the next 10 years");
        assertThat(parse("2025-03 1", "2036-11", "", null).valid()).isTrue();
    }

    @Test
    void thePaceIsAPlausibleWholeNumber() {
        assertThat(parse("2025-03 1", "2027-01", "-2", null).errors().messages("perMonth"))
                .containsExactly(SelfCheckAnswers.PER_MONTH_NEGATIVE);
        assertThat(parse("2025-03 1", "2027-01", "2.5", null).errors().messages("perMonth"))
                .containsExactly("Enter a whole number of studies a month, for example 12");
        assertThat(parse("2025-03 1", "2027-01", "many", null).errors().messages("perMonth"))
                .containsExactly("Enter the number of studies a month in digits, for example 12");
        assertThat(parse("2025-03 1", "2027-01", "100001", null).errors().messages("perMonth"))
                .containsExactly(SelfCheckAnswers.PER_MONTH_TOO_MANY);
    }

    @Test
    void manyBadLinesAreListedUpToALimit() {
        PlannerForm.Parsed parsed = parse("x\n".repeat(15), "2027-01", "", null);

        assertThat(parsed.errors().messages("log")).hasSize(PlannerForm.MAX_LISTED_PROBLEMS + 1)
                .last().isEqualTo("5 more lines have problems.");
    }
}
