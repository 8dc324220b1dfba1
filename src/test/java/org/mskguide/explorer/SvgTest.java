package org.mskguide.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SvgTest {

    @Test
    void numbersHaveAtMostOneDecimalAndNoTrailingZero() {
        assertThat(Svg.number(12)).isEqualTo("12");
        assertThat(Svg.number(12.04)).isEqualTo("12");
        assertThat(Svg.number(12.25)).isEqualTo("12.3");
        assertThat(Svg.number(-3.5)).isEqualTo("-3.5");
    }

    @Test
    void textAndAttributesAreEscaped() {
        String svg = Svg.open("x\"y", 10, 10, "A <b> & \"c\"", "d'e").text(1, 2, "<script>", "t\"", "start").close();

        assertThat(svg).contains("aria-labelledby=\"x&quot;y-title x&quot;y-desc\"")
                .contains("<title id=\"x&quot;y-title\">A &lt;b&gt; &amp; &quot;c&quot;</title>")
                .contains("<desc id=\"x&quot;y-desc\">d&#39;e</desc>")
                .contains("class=\"t&quot;\">&lt;script&gt;</text>")
                .doesNotContain("<script");
        new SvgCheck(svg);
    }
}
