package org.mskguide.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The five-year figure and the example sentences follow {@code examWindowYears}; nothing about it is typed. */
class FiveYearRuleTest {

    @TempDir
    Path dir;

    @Test
    void theWorkedExampleMatchesTheArdmsExample() {
        FiveYearRule rule = new FiveYearRule(5);

        assertThat(rule.deadline(LocalDate.of(2011, 6, 6))).isEqualTo(LocalDate.of(2016, 12, 31));
        assertThat(rule.example()).isEqualTo("You pass your first exam on 6 June 2011. You then have until "
                + "31 December 2016 to pass the second exam.");
    }

    @Test
    void theFigureShowsTheWindowFromTheData() {
        Figure figure = FigureChecker.check("five-year-rule", "generated", FiveYearRuleFigure.draw(new FiveYearRule(5)));

        assertThat(figure.labels()).contains("First exam passed: 6 June 2011",
                "Deadline for the second exam: 31 December 2016", "Rest of 2011", "5 full calendar years",
                "2011", "2012", "2016", "Year 1", "Year 5")
                .doesNotContain("2017", "Year 6");
        assertThat(figure.desc()).contains("6 June 2011").contains("5 more full calendar years")
                .contains("31 December 2016");
    }

    @ParameterizedTest(name = "{0} years")
    @ValueSource(ints = { 1, 2, 3, 5, 8, 10, 15, 25 })
    void anyWindowLengthDrawsAValidFigure(int years) {
        Figure figure = FigureChecker.check("five-year-rule", "generated", FiveYearRuleFigure.draw(new FiveYearRule(years)));

        String deadlineYear = Integer.toString(2011 + years);
        assertThat(figure.labels()).contains("2011", deadlineYear, "Deadline for the second exam: 31 December "
                + deadlineYear, years + (years == 1 ? " full calendar year" : " full calendar years"));
    }

    @Test
    void changingTheValueChangesTheFigureAndTheExampleOnThePage() throws IOException {
        copyRealContentWithoutFigureFiles();
        Path facts = dir.resolve("credentials/rmsks.yml");
        String yml = Files.readString(facts);
        Files.writeString(facts, yml.replaceFirst("(examWindowYears:\\s*\\R\\s*value:) 5", "$1 7"));
        Path page = dir.resolve("topics/rmsks-credential.md");
        // As the RMSKS page will have it: the typed example replaced by the placeholder.
        String text = Files.readString(page).replace("You pass your first exam on 6 June 2011. You then have until "
                + "31 December 2016 to pass the second exam.", "{{rmsks.examWindowExample}}");
        Files.writeString(page, text + """

                Here is an example. {{rmsks.examWindowExample}} The deadline is {{rmsks.examWindowExampleDeadline}}.

                ```figure
                name: five-year-rule
                caption: The five-year rule, counted in calendar years.
                source: ardms-five-year-rule
                description: |
                  A first pass on {{rmsks.examWindowExamplePass}}; the second exam by {{rmsks.examWindowExampleDeadline}}.
                ```
                """);

        Content content = new ContentLoader(ContentLoaderTest.ROUTES).load(dir);

        String html = content.topic("rmsks-credential").orElseThrow().html();
        assertThat(html).contains("You then have until 31 December 2018 to pass the second exam.")
                .contains("The deadline is 31 December 2018.")
                .contains("Deadline for the second exam: 31 December 2018")
                .contains("7 full calendar years")
                .contains("A first pass on 6 June 2011; the second exam by 31 December 2018.")
                .doesNotContain("31 December 2016");
        assertThat(content.figure("five-year-rule")).map(PlacedFigure::href)
                .contains("/topics/rmsks-credential#figure-five-year-rule");
    }

    private void copyRealContentWithoutFigureFiles() throws IOException {
        try (var files = Files.walk(ContentLoaderTest.REAL)) {
            for (Path source : files.toList()) {
                Path target = dir.resolve(ContentLoaderTest.REAL.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!source.toString().contains("figures")) {
                    Files.copy(source, target);
                }
            }
        }
        try (var pages = Files.walk(dir.resolve("topics"))) {
            for (Path page : pages.filter(Files::isRegularFile).toList()) {
                Files.writeString(page, Files.readString(page).replaceAll("(?s)```figure\\R.*?```\\R", ""));
            }
        }
    }
}
