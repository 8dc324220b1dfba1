package org.mskguide.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mskguide.content.Content;
import org.mskguide.content.ContentLoader;
import org.mskguide.content.Page;
import org.mskguide.quiz.QuestionBank;
import org.mskguide.quiz.QuestionBankLoader;
import org.mskguide.search.SearchDocument.Kind;
import org.mskguide.web.AppRoutes;

/** The documents built from the real content, and searches over them: every hit lands on an anchor that exists. */
class SearchDocumentsTest {

    static final Path REAL = Path.of("content");
    static final Content CONTENT = new ContentLoader(AppRoutes.PATHS).load(REAL);
    static final QuestionBank BANK = new QuestionBankLoader(CONTENT).load(REAL);
    static final List<SearchDocument> DOCS = SearchDocuments.from(CONTENT, BANK.questions());
    static final SearchIndex INDEX = build();

    static SearchIndex build() {
        try {
            return SearchIndex.build(DOCS, Files.newBufferedReader(REAL.resolve(SearchIndexProducer.SYNONYMS)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyDocumentLinksToAPageAndAnAnchorThatPageRenders() {
        Map<String, Page> byPath = CONTENT.byPath();
        for (SearchDocument doc : DOCS) {
            String[] parts = doc.href().split("#", 2);
            Page page = byPath.get(parts[0]);
            assertThat(page).as(doc.href()).isNotNull();
            if (parts.length == 2 && !parts[1].equals(SearchDocuments.TAKEAWAYS_ANCHOR)) {
                assertThat(page.anchors()).as(doc.href()).contains(parts[1]);
            }
        }
    }

    @Test
    void everyKindOfContentIsIndexed() {
        long sections = CONTENT.topics().stream().mapToLong(t -> t.headings().size()).sum();
        assertThat(DOCS.stream().filter(d -> d.kind() == Kind.SECTION).count()).isGreaterThanOrEqualTo(sections);
        assertThat(DOCS.stream().filter(d -> d.kind() == Kind.GLOSSARY).count())
                .isEqualTo(CONTENT.page("glossary").headings().size());
        assertThat(DOCS.stream().filter(d -> d.kind() == Kind.FIGURE).count()).isEqualTo(CONTENT.figures().size());
        assertThat(DOCS.stream().filter(d -> d.kind() == Kind.QUESTION).count())
                .isEqualTo(BANK.questions().stream().map(q -> q.sectionPath()).distinct().count());
    }

    @Test
    void aSectionHoldsItsOwnTextAndNotTheFigureDrawings() {
        SearchDocument anisotropy = DOCS.stream()
                .filter(d -> d.href().equals("/topics/artifacts-and-pitfalls#anisotropy")).findFirst().orElseThrow();

        assertThat(anisotropy.heading()).isEqualTo("Anisotropy");
        assertThat(anisotropy.text()).containsIgnoringCase("beam").doesNotContain("<", "Describe this figure");
    }

    @ParameterizedTest(name = "{0} leads to {1}")
    @CsvSource({
            "anisotropy, /glossary#anisotropy",
            "anisotropy, /topics/artifacts-and-pitfalls#anisotropy",
            "RMSKS, /topics/rmsks-credential",
            "Registered Musculoskeletal Sonographer, /topics/rmsks-credential",
            "continuing medical education, /glossary#cme",
            "tendons, /topics/",
            "anisotrpy, /topics/artifacts-and-pitfalls#anisotropy",
            "figure long axis, /topics/what-msk-ultrasound-images#figure-long-and-short-axis"
    })
    void realSearchesLeadToTheRightSection(String query, String hrefStart) {
        List<String> hrefs = INDEX.search(SearchQuery.of(query), 1).hits().stream().map(SearchHit::href).toList();

        assertThat(hrefs).as(query).anyMatch(h -> h.startsWith(hrefStart));
    }

    @Test
    void aGlossaryTermIsTheFirstHitForItsName() {
        SearchHit first = INDEX.search(SearchQuery.of("bursa"), 1).hits().get(0);

        assertThat(first.href()).isIn("/glossary#bursa");
        assertThat(first.heading()).isEqualTo("Bursa");
    }

    @Test
    void aSectionOutranksTheQuizQuestionsAboutIt() {
        assertThat(INDEX.search(SearchQuery.of("msk"), 1).hits().get(0).kind()).isNotEqualTo(Kind.QUESTION.label());
    }

    @Test
    void noQuizDocumentGivesAwayAnExplanationOrAKeyedAnswer() {
        List<SearchDocument> quiz = DOCS.stream().filter(d -> d.kind() == Kind.QUESTION).toList();
        BANK.questions().forEach(q -> {
            SearchDocument doc = quiz.stream().filter(d -> d.href().equals(q.sectionPath())).findFirst().orElseThrow();
            assertThat(doc.text()).as(q.id()).contains(q.text()).doesNotContain(q.explanation());
            // A letter or a short word may be in any stem; a longer answer text must not be.
            if (q.correctChoice().text().length() > 12 && !q.text().contains(q.correctChoice().text())) {
                assertThat(doc.text()).as(q.id() + ": keyed answer").doesNotContain(q.correctChoice().text());
            }
        });
    }

    @Test
    void glossarySnippetsSkipTheirCrossReferences() {
        assertThat(SearchDocuments.withoutCrossReferences("Tissue that joins bones. See ligaments.")).isEqualTo(
                "Tissue that joins bones.");
        assertThat(SearchDocuments.withoutCrossReferences("See anisotropy.")).isEmpty();
        // A "see" inside a sentence is the sentence's own word, not a pointer.
        assertThat(SearchDocuments.withoutCrossReferences("You can see the bone surface.")).isEqualTo(
                "You can see the bone surface.");
        DOCS.stream().filter(d -> d.kind() == Kind.GLOSSARY).forEach(d -> assertThat(d.text()).as(d.href())
                .isNotBlank().doesNotStartWith("See ").doesNotContain(". See "));
    }

    @Test
    void listItemsJoinWithoutDoublePunctuation() {
        assertThat(SearchDocuments.listText(List.of("Look in two planes.", "Compare sides", "Move the joint")))
                .isEqualTo("Look in two planes. Compare sides; Move the joint.");
        assertThat(SearchDocuments.listText(List.of("One", "Two?"))).isEqualTo("One; Two?");
        DOCS.forEach(d -> assertThat(d.text()).as(d.href()).doesNotContain(".;", "?;", "!;"));
    }

    @Test
    void quizExplanationsPointAtTheSectionTheyTest() {
        DOCS.stream().filter(d -> d.kind() == Kind.QUESTION).forEach(d -> {
            assertThat(d.href()).startsWith("/topics/").contains("#");
            assertThat(d.heading()).as(d.href()).isNotNull();
        });
    }
}
