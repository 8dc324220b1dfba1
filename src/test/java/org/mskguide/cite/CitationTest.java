package org.mskguide.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class CitationTest {

    static final Citation PAGE = new Citation("MSK Ultrasound Guide", "Knee ultrasound", null,
            "https://example.org/topics/knee-ultrasound", LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 29));
    static final Citation SECTION = new Citation("MSK Ultrasound Guide", "Knee ultrasound", "Joint fluid",
            "https://example.org/topics/knee-ultrasound#joint-fluid", LocalDate.of(2026, 3, 5), LocalDate.of(2027, 1, 9));

    @Test
    void apaHasAuthorReviewDateItalicTitleRetrievalDateAndAddress() {
        Citation.Styled apa = PAGE.apa();
        assertThat(apa.before()).isEqualTo("MSK Ultrasound Guide. (2026, November 2). ");
        assertThat(apa.italic()).isEqualTo("Knee ultrasound");
        assertThat(apa.after()).isEqualTo(". Retrieved November 29, 2026, from https://example.org/topics/knee-ultrasound");
        assertThat(SECTION.apa().text()).isEqualTo("MSK Ultrasound Guide. (2026, March 5). Knee ultrasound: Joint fluid."
                + " Retrieved January 9, 2027, from https://example.org/topics/knee-ultrasound#joint-fluid");
    }

    @Test
    void amaStartsWithTheTitleThenTheItalicSiteUpdatedAccessedAndAddress() {
        Citation.Styled ama = PAGE.ama();
        assertThat(ama.before()).isEqualTo("Knee ultrasound. ");
        assertThat(ama.italic()).isEqualTo("MSK Ultrasound Guide");
        assertThat(ama.after()).isEqualTo(". Updated November 2, 2026. Accessed November 29, 2026."
                + " https://example.org/topics/knee-ultrasound");
        assertThat(SECTION.ama().before()).isEqualTo("Knee ultrasound: Joint fluid. ");
    }

    @Test
    void aTitleEndingInAQuestionMarkGetsNoExtraFullStop() {
        Citation question = new Citation("Guide", "What is MSK?", null, "https://e.org/x", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 2));
        assertThat(question.apa().text()).contains("What is MSK? Retrieved January 2, 2026");
        assertThat(question.ama().before()).isEqualTo("What is MSK? ");
    }

    @Test
    void risHasEveryTagInOrderWithCrLfLineEnds() {
        String ris = SECTION.ris();
        assertThat(ris).endsWith("ER  - \r\n");
        List<String> lines = List.of(ris.split("\r\n"));
        assertThat(lines).containsExactly(
                "TY  - ELEC",
                "TI  - Knee ultrasound: Joint fluid",
                "T2  - MSK Ultrasound Guide",
                "AU  - MSK Ultrasound Guide",
                "PY  - 2026",
                "DA  - 2026/03/05",
                "UR  - https://example.org/topics/knee-ultrasound#joint-fluid",
                "Y2  - 2027/01/09",
                "ER  - ");
        for (String line : lines) {
            assertThat(line).matches("[A-Z][A-Z0-9]  - .*");
        }
    }

    @Test
    void aLineBreakInATitleCannotBreakTheRisRecord() {
        Citation odd = new Citation("Guide", "Two\nlines", null, "https://e.org/x", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 2));
        assertThat(odd.ris()).contains("TI  - Two lines\r\n");
    }
}
