package org.mskguide.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The content pipeline without Quarkus: the real content loads, and each kind of mistake names its file. */
class ContentLoaderTest {

    static final Path REAL = Path.of("content");
    static final Set<String> ROUTES = org.mskguide.web.AppRoutes.PATHS;

    @TempDir
    Path dir;

    private final ContentLoader loader = new ContentLoader(ROUTES);

    @BeforeEach
    void copyRealContent() throws IOException {
        try (Stream<Path> old = Files.walk(dir)) {
            old.sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(dir)).forEach(p -> p.toFile().delete());
        }
        copyRealContent(dir);
    }

    /** A copy of the real content folder in {@code dir}, for a test that edits it. */
    static Path copyRealContent(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(REAL)) {
            for (Path source : files.toList()) {
                Path target = dir.resolve(REAL.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return dir;
    }

    @Test
    void realContentLoadsEveryRequiredTopicInOrder() {
        Content content = loader.load(REAL);

        assertThat(content.topics()).extracting(Page::slug).contains("what-msk-ultrasound-images",
                "dynamic-imaging", "needle-guidance", "ultrasound-vs-xray-and-mri", "where-msk-ultrasound-is-used",
                "sonography-specialties", "rmsks-credential", "getting-into-msk");
        // One reading order: the one /for-students links, step by step.
        assertThat(content.topics()).extracting(Page::path).containsExactlyElementsOf(
                content.page("for-students").html().lines().flatMap(l -> java.util.regex.Pattern
                        .compile("href=\"(/topics/[a-z0-9-]+)\"").matcher(l).results().map(m -> m.group(1)))
                        .distinct().toList());
        for (Page topic : content.topics()) {
            assertThat(topic.takeaways()).as(topic.slug()).isNotEmpty();
            assertThat(topic.sources()).as(topic.slug()).isNotEmpty();
            assertThat(topic.toc()).as(topic.slug()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(topic.html()).as(topic.slug()).doesNotContain("{{").doesNotContain("<script");
        }
        assertThat(content.page("glossary").anchors()).contains("rmsks", "rmsk", "ardms", "apca", "spi", "cme");
    }

    @Test
    void theStudentPathSetsTheReadingOrderAndATopicItLeavesOutComesLast() throws IOException {
        Path path = dir.resolve("pages/for-students.md");
        String text = Files.readString(path);
        // Swap the first two steps, and leave "Where MSK ultrasound is used" out of the path.
        text = text.replace("[What MSK ultrasound images](/topics/what-msk-ultrasound-images)", "[FIRST]")
                .replace("[Ultrasound compared with X-ray and MRI](/topics/ultrasound-vs-xray-and-mri)",
                        "[What MSK ultrasound images](/topics/what-msk-ultrasound-images)")
                .replace("[FIRST]", "[Ultrasound compared with X-ray and MRI](/topics/ultrasound-vs-xray-and-mri)")
                .replace("[Where MSK ultrasound is used](/topics/where-msk-ultrasound-is-used)", "Where it is used");
        Files.writeString(path, text);

        Content content = loader.load(dir);

        assertThat(content.topics()).extracting(Page::slug).startsWith("ultrasound-vs-xray-and-mri",
                "what-msk-ultrasound-images").endsWith("where-msk-ultrasound-is-used");
        Page first = content.topics().get(0);
        assertThat(content.next(first)).map(Page::slug).contains("what-msk-ultrasound-images");
        assertThat(content.previous(first)).isEmpty();
    }

    @Test
    void topicsAreGroupedInTheirPartsInReadingOrder() {
        Content content = loader.load(REAL);

        List<TopicGroup> groups = content.topicGroups();
        assertThat(groups).extracting(TopicGroup::title)
                .containsExactly("The basics", "Reading images", "Body regions", "Careers");
        assertThat(groups.stream().flatMap(g -> g.topics().stream()).toList())
                .containsExactlyInAnyOrderElementsOf(content.topics());
        for (TopicGroup group : groups) {
            assertThat(group.topics()).as(group.area()).allMatch(t -> t.area().equals(group.area()));
            assertThat(group.topics()).as(group.area() + " in reading order")
                    .isSortedAccordingTo(java.util.Comparator.comparingInt(content.topics()::indexOf));
        }
    }

    @Test
    void theGlossaryHasAJumpLinkForEachInitialToItsFirstTerm() {
        Page glossary = loader.load(REAL).page("glossary");

        assertThat(glossary.initials()).extracting(Page.Initial::letter).doesNotHaveDuplicates().isSorted()
                .contains("A", "B");
        assertThat(glossary.initials().get(0).anchor()).isEqualTo(glossary.toc().get(0).id());
        glossary.initials().forEach(i -> assertThat(glossary.anchors()).contains(i.anchor()));
    }

    @Test
    void comparisonPageHasAnAccessibleTable() {
        Page page = loader.load(REAL).topic("ultrasound-vs-xray-and-mri").orElseThrow();

        assertThat(page.html()).contains("<table").contains("scope=\"col\"").contains("class=\"table-wrap\"");
    }

    @Test
    void factPlaceholdersTakeTheirValueFromTheDataFile() throws IOException {
        Path facts = dir.resolve("credentials/rmsk.yml");
        Files.writeString(facts, Files.readString(facts).replaceFirst("value: 150", "value: 175"));

        Page page = loader.load(dir).topic("rmsks-credential").orElseThrow();

        assertThat(page.html()).contains("175").doesNotContain("150");
    }

    @Test
    void missingFrontMatterNamesTheFile() throws IOException {
        Path file = dir.resolve("topics/dynamic-imaging.md");
        Files.writeString(file, "## No front matter here\n\nText.\n");

        assertThatThrownBy(() -> loader.load(dir)).isInstanceOf(ContentException.class)
                .hasMessageContaining("topics/dynamic-imaging.md").hasMessageContaining("missing front matter");
    }

    @Test
    void malformedFrontMatterNamesTheFile() throws IOException {
        replace("topics/needle-guidance.md", "order: 3", "order: [3");

        assertThatThrownBy(() -> loader.load(dir)).isInstanceOf(ContentException.class)
                .hasMessageContaining("topics/needle-guidance.md").hasMessageContaining("malformed front matter");
    }

    @Test
    void misspelledFieldIsRejected() throws IOException {
        replace("topics/needle-guidance.md", "lastReviewed:", "lastReviwed:");

        assertThatThrownBy(() -> loader.load(dir)).isInstanceOf(ContentException.class)
                .hasMessageContaining("topics/needle-guidance.md").hasMessageContaining("lastReviwed");
    }

    @Test
    void missingTitleIsReported() throws IOException {
        Path file = dir.resolve("topics/needle-guidance.md");
        Files.writeString(file, Files.readString(file).replaceFirst("(?m)^title:.*\\R", ""));

        assertThatThrownBy(() -> loader.load(dir)).isInstanceOf(ContentException.class)
                .hasMessageContaining("topics/needle-guidance.md").hasMessageContaining("title is required");
    }

    @Test
    void duplicateSlugNamesBothFiles() throws IOException {
        Path file = dir.resolve("topics/needle-guidance.md");
        Files.writeString(file, Files.readString(file).replaceFirst("---\\R", "---\nslug: dynamic-imaging\n"));

        assertThatThrownBy(() -> loader.load(dir)).isInstanceOf(ContentException.class)
                .hasMessageContaining("duplicate slug 'dynamic-imaging'")
                .hasMessageContaining("topics/dynamic-imaging.md").hasMessageContaining("topics/needle-guidance.md");
    }

    @Test
    void linkToMissingPageNamesFileAndLink() throws IOException {
        append("topics/dynamic-imaging.md", "\nSee [this](/topics/no-such-topic).\n");

        assertThatThrownBy(() -> loader.load(dir)).isInstanceOf(ContentException.class)
                .hasMessageContaining("topics/dynamic-imaging.md").hasMessageContaining("/topics/no-such-topic");
    }

    @Test
    void linkToMissingAnchorNamesFileAndAnchor() throws IOException {
        append("topics/dynamic-imaging.md", "\nSee [this](/topics/rmsks-credential#no-such-section).\n");

        assertThatThrownBy(() -> loader.load(dir)).isInstanceOf(ContentException.class)
                .hasMessageContaining("topics/dynamic-imaging.md").hasMessageContaining("#no-such-section");
    }

    @Test
    void unknownFactKeyNamesFileAndKey() throws IOException {
        append("topics/dynamic-imaging.md", "\nYou need {{rmsks.studiesNeeded}} studies.\n");

        assertThatThrownBy(() -> loader.load(dir)).isInstanceOf(ContentException.class)
                .hasMessageContaining("topics/dynamic-imaging.md").hasMessageContaining("rmsks.studiesNeeded");
    }

    @Test
    void rawHtmlInMarkdownIsEscapedNotExecuted() throws IOException {
        append("topics/dynamic-imaging.md", "\n<script>alert(1)</script>\n\n[click](javascript:alert(1))\n");

        Page page = loader.load(dir).topic("dynamic-imaging").orElseThrow();

        assertThat(page.html()).doesNotContain("<script").doesNotContain("javascript:");
    }

    @Test
    void aliasesRedirectAndCannotCollide() throws IOException {
        Path file = dir.resolve("topics/needle-guidance.md");
        Files.writeString(file, Files.readString(file).replaceFirst("---\\R", "---\naliases: [needles]\n"));

        Content content = loader.load(dir);

        assertThat(content.topicByAlias("needles")).map(Page::slug).contains("needle-guidance");
        Files.writeString(file, Files.readString(file).replace("aliases: [needles]", "aliases: [dynamic-imaging]"));
        assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining("duplicate slug 'dynamic-imaging'");
    }

    @Test
    void missingRequiredPageIsReported() throws IOException {
        Files.delete(dir.resolve("pages/glossary.md"));

        assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining("pages/glossary.md")
                .hasMessageContaining("missing");
    }

    private void replace(String file, String from, String to) throws IOException {
        Path path = dir.resolve(file);
        String text = Files.readString(path);
        assertThat(text).as("fixture precondition in " + file).contains(from);
        Files.writeString(path, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
    }

    private void append(String file, String text) throws IOException {
        Files.writeString(dir.resolve(file), text, java.nio.file.StandardOpenOption.APPEND);
    }

    @Test
    void everyPageSourceResolvesFromTheRegistryWithAnAddress() {
        Content content = loader.load(REAL);

        assertThat(content.sources()).isNotEmpty();
        for (Source source : content.sources()) {
            assertThat(source.url()).as(source.id()).matches("https?://[^/]+/.+");
            assertThat(content.citing(source).isEmpty() && !content.citedByRules(source)).as(source.id()).isFalse();
        }
        Page jacobson = content.topic("ultrasound-vs-xray-and-mri").orElseThrow();
        assertThat(jacobson.sources()).extracting(Source::title)
                .contains("Musculoskeletal Ultrasound and MRI: Which Do I Choose?");
        assertThat(content.sources()).extracting(Source::title).noneMatch(t -> t.toLowerCase().contains("focused impact"));
        assertThat(content.sources()).extracting(Source::title).noneMatch(t -> t.toLowerCase().contains("seed document"));
    }

    @Test
    void unknownSourceIdIsRefusedNamingThePage() throws IOException {
        replace("topics/dynamic-imaging.md", "sources: [", "sources: [no-such-source, ");

        assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining("topics/dynamic-imaging.md")
                .hasMessageContaining("unknown source 'no-such-source'");
    }

    @Test
    void sourceNobodyCitesIsRefused() throws IOException {
        append("sources.yml", """

                  - id: orphan-source
                    title: An article no page cites
                    publisher: Some Journal
                    url: https://example.org/orphan
                    kind: primary
                    supports: nothing
                """);

        assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining("sources.yml")
                .hasMessageContaining("'orphan-source' is not cited");
    }

    @Test
    void sourceWithoutAnAddressOrWithOnlyAHomePageIsRefused() throws IOException {
        replace("sources.yml", "    url: https://ultrasounddegree.com/articles/what-is-msk-ultrasound/\n", "");
        assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining("sources.yml")
                .hasMessageContaining("needs a public address");

        copyRealContent();
        replace("sources.yml", "https://www.ardms.org/documentation/", "https://www.ardms.org/");
        assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining("is a home page");
    }

    @Test
    void aKeyWrittenTwiceInOneSourceIsRefused() throws IOException {
        // The bug this guards: a stray second `supports:` silently replaced the first, so the about page
        // described a trigger-finger article as a hip source.
        replace("sources.yml", "    url: https://radiopaedia.org/articles/trigger-finger\n",
                "    url: https://radiopaedia.org/articles/trigger-finger\n    supports: Hip ultrasound covers four sides\n");

        assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining("sources.yml")
                .hasMessageContaining("Duplicate field 'supports'");
    }

    @Test
    void sameAddressTwiceIsRefused() throws IOException {
        replace("sources.yml", "https://www.ardms.org/maintain-certification/attestation/",
                "https://www.ardms.org/maintain-certification/cme/");

        assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining("same address");
    }

    @Test
    void uncheckedRuleCitingArdmsMustSayItIsNotConfirmed() throws IOException {
        // The bug this guards: a `check` rule labelled as if ARDMS had confirmed it for the RMSKS.
        String facts = Files.readString(dir.resolve("credentials/rmsks.yml"));
        String rule = facts.substring(facts.indexOf("  mskPrerequisite:"), facts.indexOf("  reApplicants:"));
        String wrong = rule.replaceFirst("sourceNote: .*", "sourceNote: \"ARDMS General Prerequisites\"");
        Files.writeString(dir.resolve("credentials/rmsks.yml"), facts.replace(rule, wrong));

        assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining("credentials/rmsks.yml")
                .hasMessageContaining("rule 'mskPrerequisite'").hasMessageContaining("not confirmed");
    }

    @Test
    void everyUnconfirmedRuleOfTheRealContentSaysWhy() {
        Content content = loader.load(REAL);

        for (CredentialFacts credential : content.credentials().values()) {
            credential.facts().values().stream().filter(Fact::needsConfirmation)
                    .forEach(f -> assertThat(f.sourceNote()).as(f.key()).isNotBlank());
            credential.rules().values().stream().filter(Rule::needsConfirmation)
                    .forEach(r -> assertThat(r.sourceNote()).as(r.key()).isNotBlank());
        }
        // The study count is the RMSK's: the RMSKS file never carries it.
        assertThat(content.rmsks().facts()).doesNotContainKeys("studiesRequired", "studiesWindowMonths");
        assertThat(content.credential("rmsk").credential()).isEqualTo("RMSK");
        assertThat(content.credential("rmsk").value("studiesRequired")).isPositive();
    }
}
