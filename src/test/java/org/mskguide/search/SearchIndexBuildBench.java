package org.mskguide.search;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.mskguide.content.Content;
import org.mskguide.content.ContentLoader;
import org.mskguide.quiz.QuestionBank;
import org.mskguide.quiz.QuestionBankLoader;
import org.mskguide.web.AppRoutes;

/**
 * Not a test (timings do not belong in tests): {@code bench/search.sh} runs it to measure how long the start-up work
 * of search takes, cutting the pages into documents and indexing them, for a content folder (the bench passes one
 * with 10 times the topics). Prints one line per build and a summary line the script reads:
 * {@code SEARCH_BUILD docs=4000 first_ms=812 median_ms=240}.
 * Usage: {@code java -cp ... org.mskguide.search.SearchIndexBuildBench content-10x 7}.
 */
public final class SearchIndexBuildBench {

    private SearchIndexBuildBench() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "content");
        int builds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Content content = new ContentLoader(AppRoutes.PATHS).load(root);
        QuestionBank bank = new QuestionBankLoader(content).load(root);
        long[] ms = new long[builds];
        long[] cutMs = new long[builds];
        long[] cpuMs = new long[builds];
        // CPU time next to wall time: on a shared machine the wall time mostly measures the other processes.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int docs = 0;
        for (int i = 0; i < builds; i++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            List<SearchDocument> documents = SearchDocuments.from(content, bank.questions());
            cutMs[i] = (System.nanoTime() - start) / 1_000_000;
            SearchIndex index = SearchIndex.build(documents,
                    Files.newBufferedReader(root.resolve(SearchIndexProducer.SYNONYMS)));
            ms[i] = (System.nanoTime() - start) / 1_000_000;
            cpuMs[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
            docs = index.size();
            System.out.printf("build %d: %d documents from %d topics in %d ms (cutting pages %d ms, indexing %d ms; CPU %d ms)%n",
                    i + 1, docs, content.topics().size(), ms[i], cutMs[i], ms[i] - cutMs[i], cpuMs[i]);
        }
        long first = ms[0];
        long[] sorted = Arrays.copyOf(ms, ms.length);
        Arrays.sort(sorted);
        long[] cpuSorted = Arrays.copyOf(cpuMs, cpuMs.length);
        Arrays.sort(cpuSorted);
        System.out.printf("SEARCH_BUILD docs=%d topics=%d first_ms=%d median_ms=%d first_cpu_ms=%d median_cpu_ms=%d%n",
                docs, content.topics().size(), first, sorted[sorted.length / 2], cpuMs[0], cpuSorted[cpuSorted.length / 2]);
    }
}
