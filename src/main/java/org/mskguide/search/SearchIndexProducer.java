package org.mskguide.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;
import org.mskguide.content.Content;
import org.mskguide.content.ContentConfig;
import org.mskguide.content.ContentFolder;
import org.mskguide.quiz.QuestionBank;

import io.quarkus.runtime.Startup;

/**
 * Builds the search index once, at start-up, from the loaded content and quiz bank and
 * {@code content/search/synonyms.txt}. A broken synonyms file stops the application, like any content error.
 */
public class SearchIndexProducer {

    static final String SYNONYMS = "search/synonyms.txt";

    private static final Logger LOG = Logger.getLogger(SearchIndexProducer.class);

    @Produces
    @Singleton
    @Startup
    SearchIndex searchIndex(ContentConfig config, Content content, QuestionBank bank) {
        long start = System.nanoTime();
        SearchIndex index = ContentFolder.read(config, root -> build(root, content, bank));
        // bench/search.sh reads this line for the build time; it never contains what readers search for.
        LOG.infof("Search index built: %d documents in %d ms", index.size(), (System.nanoTime() - start) / 1_000_000);
        return index;
    }

    static SearchIndex build(Path contentRoot, Content content, QuestionBank bank) {
        Path synonyms = contentRoot.resolve(SYNONYMS);
        try (var reader = Files.newBufferedReader(synonyms, StandardCharsets.UTF_8)) {
            return SearchIndex.build(SearchDocuments.from(content, bank.questions()), reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read content/" + SYNONYMS, e);
        }
    }
}
