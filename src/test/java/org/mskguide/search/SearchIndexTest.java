package org.mskguide.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mskguide.search.SearchDocument.Kind;

/**
 * The search logic on small made-up documents, with the real synonyms file: each synonym, stemming, typos, the
 * escaping of snippets, paging, "did you mean" and input that looks like query syntax. No Quarkus.
 */
class SearchIndexTest {

    static final Path SYNONYMS = Path.of("content", SearchIndexProducer.SYNONYMS);

    static final List<SearchDocument> DOCS = List.of(
            doc("/topics/a#musculoskeletal", "Musculoskeletal imaging", "It looks at muscles and joints."),
            doc("/topics/a#short", "Short form", "An MSK scan looks at muscles."),
            doc("/topics/b#ultrasound", "Ultrasound", "High-frequency ultrasound makes the picture."),
            doc("/topics/b#sonography", "Sonography", "Sonography is the work of a sonographer."),
            doc("/topics/c#credential", "The credential", "The Registered Musculoskeletal Sonographer credential."),
            doc("/topics/c#cme", "Keeping it", "Earn continuing medical education credits each period."),
            doc("/topics/c#exam", "The first exam", "Pass Sonography Principles and Instrumentation first."),
            doc("/topics/d#anisotropy", "Anisotropy", "A tendon can look dark when the beam is tilted."),
            doc("/topics/d#markup", "Markup", "Use <b>gel</b> & scan the tendon < 2 cm deep."),
            doc("/topics/e#shoulder", "Shoulder", "The rotator cuff tendons of the shoulder."));

    static SearchIndex index(List<SearchDocument> docs) {
        try {
            return SearchIndex.build(docs, Files.newBufferedReader(SYNONYMS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final SearchIndex INDEX = index(DOCS);

    static SearchDocument doc(String href, String heading, String text) {
        return new SearchDocument(Kind.SECTION, href, "Topic " + href.charAt(8), heading, text);
    }

    static List<String> hrefs(String query) {
        return INDEX.search(SearchQuery.of(query), 1).hits().stream().map(SearchHit::href).toList();
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource({
            "MSK, /topics/a#musculoskeletal",
            "musculoskeletal, /topics/a#short",
            "US, /topics/b#ultrasound",
            "US, /topics/b#sonography",
            "ultrasound, /topics/b#sonography",
            "sonography, /topics/b#ultrasound",
            "RMSKS, /topics/c#credential",
            "CME, /topics/c#cme",
            "SPI, /topics/c#exam"
    })
    void eachSynonymFindsThePagesThatUseTheOtherWords(String query, String href) {
        assertThat(hrefs(query)).contains(href);
    }

    @Test
    void theLongFormOfAnAbbreviationFindsTheAbbreviation() {
        SearchIndex index = index(List.of(doc("/topics/x#short", "Short", "Apply for the RMSKS after the SPI."),
                doc("/topics/y#other", "Other", "Nothing to see here.")));

        assertThat(index.search(SearchQuery.of("registered musculoskeletal sonographer"), 1).hits())
                .extracting(SearchHit::href).containsExactly("/topics/x#short");
        assertThat(index.search(SearchQuery.of("Sonography Principles and Instrumentation"), 1).hits())
                .extracting(SearchHit::href).containsExactly("/topics/x#short");
    }

    @ParameterizedTest
    @CsvSource({ "tendons, /topics/d#anisotropy", "tilting, /topics/d#anisotropy", "shoulders, /topics/e#shoulder",
            "sonographer's, /topics/b#sonography" })
    void aStemmedFormFindsTheBaseForm(String query, String href) {
        assertThat(hrefs(query)).contains(href);
    }

    @ParameterizedTest
    @ValueSource(strings = { "anisotrpy", "anisotropu", "snisotropy", "shoudler", "rotatr" })
    void aOneLetterTypoInALongWordStillFindsIt(String typo) {
        assertThat(hrefs(typo)).isNotEmpty();
    }

    @Test
    void shortWordsMustBeSpelledRight() {
        // "tendn" is 5 letters: typo tolerance starts at 6, or short words would match too much.
        assertThat(hrefs("tendn")).isEmpty();
    }

    @Test
    void headingsWeighMoreThanBodyText() {
        assertThat(hrefs("shoulder").get(0)).isEqualTo("/topics/e#shoulder");
        assertThat(hrefs("anisotropy").get(0)).isEqualTo("/topics/d#anisotropy");
    }

    @Test
    void everyWordMustMatchWhenSomeDocumentHasThemAll() {
        assertThat(hrefs("tendon gel")).containsExactly("/topics/d#markup");
        assertThat(hrefs("what is anisotropy")).first().isEqualTo("/topics/d#anisotropy");
    }

    @Test
    void whenNoDocumentHasEveryWordTheOnesWithSomeAreShown() {
        assertThat(hrefs("shoulder zebra")).contains("/topics/e#shoulder");
    }

    @Test
    void snippetsEscapeMarkupAndMarkOnlyTheMatchedWords() {
        SearchHit hit = INDEX.search(SearchQuery.of("gel"), 1).hits().get(0);

        assertThat(hit.snippetHtml())
                .isEqualTo("Use &lt;b&gt;<mark>gel</mark>&lt;/b&gt; &amp; scan the tendon &lt; 2 cm deep.")
                .doesNotContain("<b>", "< 2");
        assertThat(hit.snippetHtml().replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
    }

    @Test
    void aStemmedMatchIsMarkedInTheSnippet() {
        SearchHit hit = INDEX.search(SearchQuery.of("tendon"), 1).hits().stream()
                .filter(h -> h.href().equals("/topics/e#shoulder")).findFirst().orElseThrow();

        assertThat(hit.snippetHtml()).contains("<mark>tendons</mark>");
    }

    @Test
    void aSnippetIsTheBestSentenceOrTwoWithTheMatchedTermsMarked() {
        String text = "Muscles move joints. The knee has a tendon. Nothing here. A tendon heals slowly after a tear.";
        String html = Snippets.html(text, java.util.Set.of("tendon", "tear"), SearchIndex.analyzer(null));

        assertThat(html).isEqualTo("The knee has a <mark>tendon</mark>. … A <mark>tendon</mark> heals slowly after a"
                + " <mark>tear</mark>.");
        assertThat(Snippets.html(text, java.util.Set.of("zebra"), SearchIndex.analyzer(null)))
                .isEqualTo("Muscles move joints.");
    }

    @Test
    void aLongSentenceIsCutAroundItsFirstMark() {
        String text = "word ".repeat(100) + "tendon " + "word ".repeat(100);
        String html = Snippets.html(text, java.util.Set.of("tendon"), SearchIndex.analyzer(null));

        assertThat(html).startsWith("… word").endsWith("word …").contains("<mark>tendon</mark>");
        assertThat(html.length()).isLessThan(Snippets.MAX_SENTENCE_CHARS + 40);
    }

    @Test
    void onlyTheOpeningOfAVeryLongSectionIsReadForTheSnippet() {
        String text = "Plain words here. ".repeat(Snippets.MAX_SCANNED_CHARS / 10) + "The tendon at the end.";
        String html = Snippets.html(text, java.util.Set.of("tendon"), SearchIndex.analyzer(null));

        assertThat(html).isEqualTo("Plain words here.");
    }

    @Test
    void resultsComeTenAPageAndAPagePastTheEndShowsTheLastPage() {
        List<SearchDocument> many = new ArrayList<>();
        IntStream.range(0, 25).forEach(i -> many.add(doc("/topics/m#s" + i, "Section " + i, "A knee scan.")));
        SearchIndex index = index(many);

        SearchResults third = index.search(SearchQuery.of("knee"), 3);
        assertThat(third.total()).isEqualTo(25);
        assertThat(third.pageCount()).isEqualTo(3);
        assertThat(third.hits()).hasSize(5);
        assertThat(third.first()).isEqualTo(21);
        assertThat(third.hasNext()).isFalse();
        assertThat(index.search(SearchQuery.of("knee"), 1).hits()).hasSize(10);
        assertThat(index.search(SearchQuery.of("knee"), 99).page()).isEqualTo(3);
        assertThat(index.search(SearchQuery.of("knee"), Integer.MAX_VALUE).page()).isEqualTo(3);
    }

    @Test
    void noResultsSuggestsAWordOfTheIndex() {
        SearchResults none = INDEX.search(SearchQuery.of("sholdr"), 1);

        assertThat(none.total()).isZero();
        assertThat(none.suggestion()).isEqualTo("shoulder");
        assertThat(none.suggestionHref()).isEqualTo("/search?q=shoulder");
    }

    @Test
    void noSuggestionWhenNothingIsClose() {
        assertThat(INDEX.search(SearchQuery.of("zzzzqqqq"), 1).suggestion()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = { "tendon AND (shoulder OR \"knee", "*ndon", "?endon", "title:foo", "\\", "~~~ ^2",
            "\"", "(((", "]]}", "tendon~2", "a && b || !c", "/regex/", "+-!():^[]\"{}~*?|&/", "%00", "\u0000",
            "shoulder' OR '1'='1", "<script>alert(1)</script>", "𝄞 music", "ＭＳＫ" })
    void queriesThatLookLikeSyntaxAreSearchedAsPlainWords(String raw) {
        assertThatCode(() -> INDEX.search(SearchQuery.of(raw), 1)).doesNotThrowAnyException();
    }

    @Test
    void syntaxCharactersOnlySeparateWords() {
        assertThat(SearchQuery.of("tendon AND (shoulder OR \"knee").words())
                .containsExactly("tendon", "AND", "shoulder", "OR", "knee");
        assertThat(SearchQuery.of("*ndon").words()).containsExactly("ndon");
        assertThat(hrefs("(shoulder")).contains("/topics/e#shoulder");
    }

    @Test
    void longQueriesAreRefusedBeforeAnySearch() {
        assertThat(SearchQuery.of("a".repeat(SearchQuery.MAX_LENGTH)).isTooLong()).isFalse();
        assertThat(SearchQuery.of("a".repeat(SearchQuery.MAX_LENGTH + 1)).isTooLong()).isTrue();
        assertThat(SearchQuery.of("word ".repeat(2000)).isTooLong()).isTrue();
        // 200 characters outside the basic plane are 400 UTF-16 units but still 200 characters.
        assertThat(SearchQuery.of("𝄞".repeat(SearchQuery.MAX_LENGTH)).isTooLong()).isFalse();
    }

    @Test
    void manyLongWordsStayWithinLuceneLimits() {
        String words = String.join(" ", IntStream.range(0, 40).mapToObj(i -> "tendonitis" + (char) ('a' + i % 26))
                .toList());
        assertThatCode(() -> INDEX.search(SearchQuery.of(words.substring(0, SearchQuery.MAX_LENGTH)), 1))
                .doesNotThrowAnyException();
        assertThatCode(() -> INDEX.search(SearchQuery.of("x".repeat(SearchQuery.MAX_LENGTH)), 1))
                .doesNotThrowAnyException();
    }

    @Test
    void anEmptyQueryFindsNothingAndSuggestsNothing() {
        assertThat(INDEX.search(SearchQuery.of("   "), 1)).isEqualTo(SearchResults.none(null));
        assertThat(INDEX.search(SearchQuery.of("!!!"), 1).total()).isZero();
    }

    @Test
    void aMalformedSynonymsFileIsReportedWithItsLine() {
        assertThatCode(() -> SearchIndex.build(DOCS, new StringReader("msk, musculoskeletal\nfoo => \n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("synonyms");
    }
}
