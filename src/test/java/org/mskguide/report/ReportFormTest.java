package org.mskguide.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mskguide.web.FieldErrors;

/** The report form's checks without Quarkus: each problem under its field, in the form's order. */
class ReportFormTest {

    private static FieldErrors check(String problem, String source, String contact, String website) {
        return ReportForm.of(problem, source, contact, website).check();
    }

    @Test
    void aDescriptionAloneIsEnoughAndOptionalFieldsMayBeEmpty() {
        assertThat(check("The knee section says the position is settled; Mandl found otherwise.", "", "  ", null)
                .isEmpty()).isTrue();
        assertThat(check("Line one.\nLine two,\twith a tab.", "https://pubmed.gov/22194046/", "me@example.org", "")
                .isEmpty()).isTrue();
    }

    @Test
    void valuesAreStrippedAndEmptyOptionalValuesBecomeNull() {
        ReportForm form = ReportForm.of("  wrong  ", " ", " a@b.org ", "");
        assertThat(form.problem()).isEqualTo("wrong");
        assertThat(form.source()).isNull();
        assertThat(form.contact()).isEqualTo("a@b.org");
        assertThat(form.website()).isNull();
    }

    @Test
    void aMissingDescriptionIsNamed() {
        FieldErrors errors = check("   ", null, null, null);
        assertThat(errors.all()).extracting(FieldErrors.FieldError::field).containsExactly("problem");
        assertThat(errors.messages("problem")).containsExactly(
                "Describe what is wrong, for example which sentence and what it should say");
    }

    @Test
    void everyFieldHasAMaximumLength() {
        assertThat(check("a".repeat(ReportForm.MAX_PROBLEM), "b".repeat(ReportForm.MAX_SOURCE),
                "c".repeat(ReportForm.MAX_CONTACT), null).isEmpty()).isTrue();

        FieldErrors errors = check("a".repeat(ReportForm.MAX_PROBLEM + 1), "b".repeat(ReportForm.MAX_SOURCE + 1),
                "c".repeat(ReportForm.MAX_CONTACT + 1), null);
        assertThat(errors.all()).extracting(FieldErrors.FieldError::field).containsExactly("problem", "source", "contact");
        assertThat(errors.messages("problem")).containsExactly("Describe the mistake in 2,000 characters or fewer");
    }

    @Test
    void controlCharactersAreRefusedButLineBreaksAreFineInTheDescription() {
        assertThat(check("a\u0000b", null, null, null).messages("problem"))
                .containsExactly("Remove the control characters from the description");
        assertThat(check("fine", "line\nbreak", null, null).has("source")).isTrue();
        assertThat(check("fine", null, "a\u0007", null).has("contact")).isTrue();
    }

    @Test
    void spamShapesAreRefused() {
        String links = "see https://a.example https://b.example http://c.example https://d.example";
        assertThat(check(links, null, null, null).messages("problem")).singleElement().asString()
                .startsWith("Put at most 3 web addresses");
        assertThat(check("three are fine: https://a.example https://b.example https://c.example", null, null, null)
                .isEmpty()).isTrue();
        assertThat(check("cheap [URL=https://x.example]pills[/url]", null, null, null).has("problem")).isTrue();
        assertThat(check("cheap <a href=\"https://x.example\">pills</a>", null, null, null).has("problem")).isTrue();
    }

    @Test
    void aFilledHoneypotIsAProblemWithNoFieldToLinkTo() {
        FieldErrors errors = check("A real-looking report", null, null, "https://spam.example");
        assertThat(errors.all()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEmpty();
            assertThat(e.message()).contains("automated spam");
        });
    }
}
