package org.mskguide.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mskguide.quiz.Hotspot;
import org.mskguide.sonogram.Variant;
import org.mskguide.sonogram.View;

/** Reading a find-it answer from the address: a click or a letter, each problem a message naming its field. */
class FindItAnswerTest {

    private static final Hotspot HOTSPOT = new Hotspot(View.TENDON, Variant.NORMAL, "Tendon", List.of("Muscle",
            "Tendon", "Bone surface"));

    private static FindItAnswer read(Map<String, List<String>> query) {
        return FindItAnswer.read(HOTSPOT, query);
    }

    @Test
    void aClickAndALetterAreRead() {
        FindItAnswer click = read(Map.of("x", List.of("120"), "y", List.of("383")));
        FindItAnswer letter = read(Map.of("letter", List.of("b")));

        assertThat(click.errors().isEmpty()).isTrue();
        assertThat(click.isClick()).isTrue();
        assertThat(click.x()).isEqualTo(120);
        assertThat(click.y()).isEqualTo(383);
        assertThat(letter.isClick()).isFalse();
        assertThat(letter.letter()).isEqualTo("B");
    }

    @Test
    void eachBadAnswerIsAClearMessageOnItsField() {
        assertThat(read(Map.of()).errors().messages("find-it-image")).containsExactly(
                "Click on the image where you see the structure, or choose a letter below.");
        assertThat(read(Map.of("y", List.of("10"))).errors().messages("find-it-image").get(0))
                .contains("without its x coordinate");
        assertThat(read(Map.of("x", List.of("abc"), "y", List.of("10"))).errors().messages("find-it-image").get(0))
                .contains("x must be a whole number of pixels from 0 to 511");
        assertThat(read(Map.of("x", List.of("10"), "y", List.of("384"))).errors().messages("find-it-image").get(0))
                .contains("y must be a whole number of pixels from 0 to 383");
        assertThat(read(Map.of("x", List.of("-1"), "y", List.of("5"))).errors().isEmpty()).isFalse();
        assertThat(read(Map.of("x", List.of("1", "2"), "y", List.of("5"))).errors().messages("find-it-image"))
                .containsExactly("'x' is given more than once.");
        assertThat(read(Map.of("letter", List.of("Z"))).errors().messages(FindItAnswer.LETTER_FIELD))
                .containsExactly("Choose one of the letters A, B, C.");
        assertThat(read(Map.of("letter", List.of("A"), "x", List.of("1"), "y", List.of("1"))).errors()
                .messages(FindItAnswer.LETTER_FIELD).get(0)).contains("not both");
    }
}
