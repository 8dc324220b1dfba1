package org.mskguide.search;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * The site's search: an in-memory Lucene index of {@link SearchDocument}s, built once and never changed (so every
 * request can share it without locks).
 * <p>
 * Analysis is English-style (possessives, lower case, Porter stemming: "tendons" finds "tendon"). Stop words are
 * kept in the index because the field's long names contain them ("Sonography Principles and Instrumentation"):
 * the query treats them as optional instead. Synonyms come from a Solr-format file and are applied at query time
 * only, so editing the file needs no re-indexing logic. Words of {@value #FUZZY_MIN_LENGTH}+ letters that the index
 * does not know also match with one typo. Page titles weigh 3 times and headings 2 times the body text.
 * Usage: {@code SearchIndex.build(docs, synonymsReader).search(SearchQuery.of("msk tendon"), 1)}.
 */
public final class SearchIndex {

    public static final int PAGE_SIZE = 10;
    static final int FUZZY_MIN_LENGTH = 6;
    /** Beyond this a query is a paste, not a search: later words are ignored (keeps the query small). */
    static final int MAX_WORDS = 24;
    /** No one reads past page 100; the cap keeps a silly {@code page=} from collecting the whole index. */
    static final int MAX_PAGE = 100;

    static final String ALL = "all";
    static final String TITLE = "title";
    static final String HEADING = "heading";
    static final String SPELL = "spell";
    static final String ORD = "ord";
    static final String PRIMARY = "primary";
    private static final float TITLE_BOOST = 3f;
    private static final float HEADING_BOOST = 2f;
    private static final float TYPO_WEIGHT = 0.5f;
    /** Added to the score of the guide's own text, so a section outranks the quiz questions about it. */
    private static final float PRIMARY_BONUS = 1f;
    private static final int FUZZY_MAX_LENGTH = 40;
    private static final int FUZZY_EXPANSIONS = 10;

    private final List<SearchDocument> documents;
    private final IndexSearcher searcher;
    private final Analyzer indexAnalyzer;
    private final QueryBuilder queries;
    private final DirectSpellChecker spellChecker;

    private SearchIndex(List<SearchDocument> documents, IndexSearcher searcher, Analyzer indexAnalyzer,
            Analyzer queryAnalyzer) {
        this.documents = documents;
        this.searcher = searcher;
        this.indexAnalyzer = indexAnalyzer;
        this.queries = new QueryBuilder(queryAnalyzer);
        // "registered musculoskeletal sonographer" must match as a phrase, not as three loose words.
        this.queries.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        this.spellChecker = new DirectSpellChecker();
    }

    /**
     * Indexes the documents with the synonyms of a Solr-format file ({@code msk, musculoskeletal}; see
     * {@code docs/search.md}). A malformed synonyms file stops the build with its line, like any content error.
     */
    public static SearchIndex build(List<SearchDocument> documents, Reader synonyms) {
        try {
            Analyzer indexAnalyzer = analyzer(null);
            Analyzer queryAnalyzer = analyzer(synonymMap(synonyms));
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(
                    new PerFieldAnalyzerWrapper(indexAnalyzer, Map.of(SPELL, plainAnalyzer())))
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
                for (int i = 0; i < documents.size(); i++) {
                    writer.addDocument(document(i, documents.get(i)));
                }
            }
            IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
            return new SearchIndex(List.copyOf(documents), searcher, indexAnalyzer, queryAnalyzer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int size() {
        return documents.size();
    }

    /** The given page (from 1) of results; never throws for any words a reader can type. */
    public SearchResults search(SearchQuery query, int page) {
        List<String> words = words(query);
        if (words.isEmpty()) {
            return SearchResults.none(null);
        }
        try {
            int wanted = Math.min(Math.max(page, 1), MAX_PAGE);
            // Rewritten once here (typo automata built once), then searched and used for the snippets.
            Query q = searcher.rewrite(query(words, false));
            TopDocs top = searcher.search(q, wanted * PAGE_SIZE);
            if (top.totalHits.value == 0) {
                // No document has every word: rank the ones with some of them rather than show nothing.
                q = searcher.rewrite(query(words, true));
                top = searcher.search(q, wanted * PAGE_SIZE);
            }
            int total = total(q, top);
            if (total == 0) {
                return SearchResults.none(suggestion(words));
            }
            int pageCount = (total + PAGE_SIZE - 1) / PAGE_SIZE;
            int shown = Math.min(wanted, Math.min(pageCount, MAX_PAGE));
            int from = (shown - 1) * PAGE_SIZE;
            int to = Math.min(top.scoreDocs.length, from + PAGE_SIZE);
            // A word the index does not know matched by its typo: say which spelling the results are for.
            return new SearchResults(total, shown, pageCount, hits(markedTerms(q), top.scoreDocs, from, to),
                    anyUnknown(words) ? suggestion(words) : null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> words(SearchQuery query) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String w : query.words()) {
            if (distinct.size() < MAX_WORDS) {
                distinct.add(w);
            }
        }
        return List.copyOf(distinct);
    }

    /**
     * Every word (or its synonym, or with one typo) must appear, stop words excepted; or the whole text matches as
     * written, which is how a long name finds its short form. Loose: any word will do.
     */
    private Query query(List<String> words, boolean loose) {
        boolean anyContentWord = words.stream().anyMatch(w -> !isStopWord(w));
        BooleanQuery.Builder each = new BooleanQuery.Builder();
        for (String word : words) {
            Query exact = queries.createBooleanQuery(ALL, word);
            if (exact == null) {
                continue;
            }
            Query clause = exact;
            int letters = word.codePointCount(0, word.length());
            if (letters >= FUZZY_MIN_LENGTH && letters <= FUZZY_MAX_LENGTH) {
                List<String> terms = tokens(indexAnalyzer, word);
                // A word the index knows is taken as spelled right: building the typo automata is most of the
                // cost of a search, so only unknown words pay for it.
                if (terms.size() == 1 && !known(terms.get(0))) {
                    clause = new BooleanQuery.Builder()
                            .add(exact, Occur.SHOULD)
                            .add(new BoostQuery(new FuzzyQuery(new Term(ALL, terms.get(0)), 1, 0, FUZZY_EXPANSIONS,
                                    true), TYPO_WEIGHT), Occur.SHOULD)
                            .build();
                }
            }
            boolean optional = loose || (anyContentWord && isStopWord(word));
            each.add(clause, optional ? Occur.SHOULD : Occur.MUST);
        }
        String text = String.join(" ", words);
        BooleanQuery.Builder match = new BooleanQuery.Builder().add(each.build(), Occur.SHOULD);
        Query whole = queries.createBooleanQuery(ALL, text, loose ? Occur.SHOULD : Occur.MUST);
        if (whole != null) {
            match.add(whole, Occur.SHOULD);
        }
        BooleanQuery.Builder scored = new BooleanQuery.Builder().add(match.build(), Occur.MUST);
        Query title = queries.createBooleanQuery(TITLE, text);
        if (title != null) {
            scored.add(new BoostQuery(title, TITLE_BOOST), Occur.SHOULD);
        }
        Query heading = queries.createBooleanQuery(HEADING, text);
        if (heading != null) {
            scored.add(new BoostQuery(heading, HEADING_BOOST), Occur.SHOULD);
        }
        scored.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(PRIMARY, "yes"))), PRIMARY_BONUS),
                Occur.SHOULD);
        return scored.build();
    }

    /**
     * What the snippet marks: the terms the rewritten query matches on the combined field (stems, synonyms, and
     * the words a typo was expanded to).
     */
    static Set<String> markedTerms(Query rewritten) {
        Set<Term> terms = new HashSet<>();
        rewritten.visit(QueryVisitor.termCollector(terms));
        Set<String> marked = new HashSet<>();
        terms.stream().filter(t -> t.field().equals(ALL)).forEach(t -> marked.add(t.text()));
        return marked;
    }

    private int total(Query q, TopDocs top) throws IOException {
        return top.totalHits.relation == TotalHits.Relation.EQUAL_TO ? (int) top.totalHits.value : searcher.count(q);
    }

    private List<SearchHit> hits(Set<String> marked, ScoreDoc[] scoreDocs, int from, int to) throws IOException {
        List<SearchHit> hits = new ArrayList<>(Math.max(0, to - from));
        for (int i = from; i < to; i++) {
            SearchDocument doc = documents.get(ord(scoreDocs[i].doc));
            hits.add(new SearchHit(doc.kind().label(), doc.href(), doc.pageTitle(), doc.heading(),
                    Snippets.html(doc.text(), marked, indexAnalyzer)));
        }
        return hits;
    }

    /** The position in {@link #documents} of a Lucene document, from its doc value (ids are not positions). */
    private int ord(int docId) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
        NumericDocValues values = leaf.reader().getNumericDocValues(ORD);
        if (values == null || !values.advanceExact(docId - leaf.docBase)) {
            throw new IllegalStateException("search document without its position: " + docId);
        }
        return (int) values.longValue();
    }

    /** Whether a word is long enough for typo matching and not in the index (so it matched by a typo, if at all). */
    private boolean anyUnknown(List<String> words) {
        for (String word : words) {
            int letters = word.codePointCount(0, word.length());
            if (letters >= FUZZY_MIN_LENGTH && letters <= FUZZY_MAX_LENGTH) {
                List<String> terms = tokens(indexAnalyzer, word);
                if (terms.size() == 1 && !known(terms.get(0))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "Did you mean": each unknown word replaced by the closest word of the index, if that then finds anything. */
    private String suggestion(List<String> words) throws IOException {
        List<String> suggested = new ArrayList<>();
        boolean changed = false;
        for (String word : words) {
            String lower = word.toLowerCase(Locale.ROOT);
            SuggestWord[] similar = spellChecker.suggestSimilar(new Term(SPELL, lower), 1,
                    searcher.getIndexReader(), SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            if (similar.length > 0) {
                suggested.add(similar[0].string);
                changed = true;
            } else {
                suggested.add(lower);
            }
        }
        if (!changed) {
            return null;
        }
        Query check = query(suggested, true);
        return searcher.count(check) > 0 ? String.join(" ", suggested) : null;
    }

    private static List<String> tokens(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>(1);
        try (TokenStream stream = analyzer.tokenStream(ALL, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private boolean known(String term) {
        try {
            return searcher.getIndexReader().docFreq(new Term(ALL, term)) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isStopWord(String word) {
        return EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Document document(int ord, SearchDocument doc) {
        String heading = doc.heading() == null ? "" : doc.heading();
        Document d = new Document();
        d.add(new NumericDocValuesField(ORD, ord));
        d.add(new StringField(PRIMARY, doc.primary() ? "yes" : "no", Field.Store.NO));
        d.add(new TextField(ALL, doc.pageTitle() + "\n" + heading + "\n" + doc.text(), Field.Store.NO));
        d.add(new TextField(TITLE, doc.pageTitle(), Field.Store.NO));
        d.add(new TextField(HEADING, heading, Field.Store.NO));
        d.add(new TextField(SPELL, doc.pageTitle() + "\n" + heading + "\n" + doc.text(), Field.Store.NO));
        return d;
    }

    /**
     * Index analysis: standard tokens, possessives dropped, lower case, Porter stems. At query time the synonyms go
     * in before stemming, so the file lists words as written ("sonographer", not "sonograph").
     */
    static Analyzer analyzer(SynonymMap synonyms) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(new EnglishPossessiveFilter(source));
                if (synonyms != null) {
                    stream = new SynonymGraphFilter(stream, synonyms, true);
                }
                return new TokenStreamComponents(source, new PorterStemFilter(stream));
            }
        };
    }

    /** The words as written, lower-cased: what "did you mean" may suggest and the synonyms file is read with. */
    static Analyzer plainAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(new EnglishPossessiveFilter(source)));
            }
        };
    }

    private static SynonymMap synonymMap(Reader synonyms) throws IOException {
        try (Analyzer plain = plainAnalyzer()) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, plain);
            parser.parse(synonyms);
            return parser.build();
        } catch (ParseException e) {
            throw new IllegalArgumentException("search synonyms, line " + e.getErrorOffset() + ": " + e.getMessage(),
                    e);
        }
    }
}
