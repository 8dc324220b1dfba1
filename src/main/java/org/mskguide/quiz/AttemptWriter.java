package org.mskguide.quiz;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Stores quiz attempts by group commit: attempts that arrive together share one transaction and one flush, so the
 * disk's synchronous writes per second no longer cap attempts per second. Each attempt is still committed before its
 * request returns (and so before its 201/303). A request thread grades first, then calls {@link #store} without
 * holding a transaction or a connection; the one writer thread does the database work. Metrics under
 * {@code guide.attempts.*} at {@code /q/metrics}. The queueing itself is {@link GroupCommit}.
 */
@ApplicationScoped
public class AttemptWriter {

    @Inject
    AttemptsConfig config;

    @Inject
    MeterRegistry registry;

    private volatile GroupCommit<QuizAttempt> commit;

    void start(@Observes StartupEvent event) {
        DistributionSummary sizes = DistributionSummary.builder("guide.attempts.batch.size")
                .description("Attempts stored per transaction").register(registry);
        GroupCommit<QuizAttempt> started = new GroupCommit<>("attempt-writer", config.queueCapacity(),
                config.maxBatch(), config.stalledAfter(), AttemptWriter::persist, sizes::record);
        Gauge.builder("guide.attempts.queue.depth", started, GroupCommit::depth)
                .description("Attempts waiting for the writer").register(registry);
        FunctionCounter.builder("guide.attempts.batches", started, GroupCommit::batches)
                .description("Transactions that stored attempts").register(registry);
        FunctionCounter.builder("guide.attempts.batches.failed", started, GroupCommit::failedBatches)
                .description("Transactions of attempts that failed (their requests got a 503)").register(registry);
        started.start();
        commit = started;
    }

    /** Stores what is queued, then fails whatever is left, so no request waits on a stopped writer. */
    void stop(@Observes ShutdownEvent event) {
        GroupCommit<QuizAttempt> running = commit;
        if (running != null) {
            running.close(Duration.ofSeconds(5));
        }
    }

    /**
     * Stores a graded attempt (built with {@link QuizAttempt#of}) and returns it once committed. Throws
     * {@code NotSavedException} (a 503) when it was not stored: queue full, not taken while the writer was in
     * trouble, or its batch failed.
     * Blocking: call it from a worker thread, outside any transaction.
     */
    public QuizAttempt store(QuizAttempt attempt) {
        commit.submit(attempt, config.queueWait());
        return attempt;
    }

    /** Batches stored since start (tests observe group commit through it). */
    public long batches() {
        return commit.batches();
    }

    private static void persist(List<QuizAttempt> batch) {
        // One transaction and one commit (one flush to disk) for the whole batch.
        QuarkusTransaction.requiringNew().run(() -> batch.forEach(a -> a.persist()));
    }
}
