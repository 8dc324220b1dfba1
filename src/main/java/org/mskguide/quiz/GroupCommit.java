package org.mskguide.quiz;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

import org.mskguide.web.error.NotSavedException;

/**
 * Group commit as plain logic: request threads hand items to ONE writer thread, which takes whatever is queued (up
 * to {@code maxBatch}), stores it in one go (one transaction, one flush) and then wakes every waiting request.
 *
 * <p>Every wait is bounded. A full queue refuses at once. A request whose item the writer has not taken within
 * {@code queueWait} withdraws it when the writer is in trouble (its last batch failed, or its current batch has run
 * longer than {@code stalledAfter}), and in any case after {@link #LONGEST_QUEUED}: each item moves once, atomically,
 * from queued to either taken or withdrawn, so it is either stored and acknowledged or never stored. A slow but
 * healthy writer (a cold start on a busy machine) therefore delays answers instead of refusing them, while a failing
 * database gets its 503s quickly. A taken item waits for its batch, whose every database step is bounded by the
 * pool's and driver's timeouts. A failed batch fails only its own items. Tested without Quarkus in
 * {@code GroupCommitTest}.
 *
 * @param <T> what is stored, e.g. a graded attempt
 */
final class GroupCommit<T> implements AutoCloseable {

    /** Stores a batch all at once, or throws and stores none of it (one transaction). */
    @FunctionalInterface
    interface Store<T> {
        void store(List<T> batch) throws Exception;
    }

    /** How long a taken item may wait for its batch before the request gives up on a writer that hangs. */
    static final Duration STUCK_BATCH = Duration.ofSeconds(30);

    /** How long an item may stay queued behind a healthy but slow writer before its request gives up. */
    static final Duration LONGEST_QUEUED = Duration.ofSeconds(5);

    /** How often a request past its queue wait looks at the writer again. */
    private static final long RECHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    enum State {
        QUEUED, TAKEN, WITHDRAWN
    }

    /** One item and the request waiting for it. */
    static final class Pending<T> {
        final T item;
        /** When the request may give up on a writer in trouble ({@link System#nanoTime()}). */
        final long patienceEnds;
        final AtomicReference<State> state = new AtomicReference<>(State.QUEUED);
        final CompletableFuture<Void> done = new CompletableFuture<>();

        Pending(T item, long patienceEnds) {
            this.item = item;
            this.patienceEnds = patienceEnds;
        }

        /** The writer claims it; false when the request already withdrew it. */
        boolean take() {
            return state.compareAndSet(State.QUEUED, State.TAKEN);
        }

        /** The request withdraws it; false when the writer already took it. */
        boolean withdraw() {
            return state.compareAndSet(State.QUEUED, State.WITHDRAWN);
        }
    }

    private final BlockingQueue<Pending<T>> queue;
    private final int maxBatch;
    private final Store<T> store;
    private final IntConsumer batchSizes;
    private final long stalledAfterNanos;
    private final Thread writer;
    private final AtomicLong batches = new AtomicLong();
    private final AtomicLong failedBatches = new AtomicLong();
    private volatile boolean stopping;
    /** When the batch being stored began ({@link System#nanoTime()}), or 0 while the writer waits for work. */
    private volatile long batchStarted;
    private volatile boolean lastBatchFailed;

    /**
     * @param stalledAfter a batch running longer than this puts the writer in trouble (queued items may withdraw)
     * @param batchSizes   told the size of every batch the writer stores (for metrics)
     */
    GroupCommit(String name, int capacity, int maxBatch, Duration stalledAfter, Store<T> store,
            IntConsumer batchSizes) {
        if (capacity < 1 || maxBatch < 1) {
            throw new IllegalArgumentException("capacity and maxBatch must be at least 1");
        }
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.maxBatch = maxBatch;
        this.store = store;
        this.batchSizes = batchSizes;
        this.stalledAfterNanos = stalledAfter.toNanos();
        this.writer = new Thread(this::run, name);
        // A platform thread of its own: it blocks on JDBC, and must not wait behind the requests it serves.
        writer.setDaemon(true);
    }

    void start() {
        writer.start();
    }

    /**
     * Hands {@code item} to the writer and returns once it is stored (committed). Throws {@link NotSavedException}
     * when it was not stored: the queue is full, the writer did not take it within {@code queueWait}, or its batch
     * failed (the cause is the store's exception).
     */
    void submit(T item, Duration queueWait) {
        if (stopping) {
            throw new NotSavedException("the attempt writer is stopping");
        }
        Pending<T> pending = new Pending<>(item, System.nanoTime() + queueWait.toNanos());
        if (!queue.offer(pending)) {
            throw new NotSavedException("the attempt queue is full");
        }
        boolean interrupted = false;
        try {
            long queued = System.nanoTime();
            long wait = queueWait.toNanos();
            while (pending.state.get() == State.QUEUED) {
                try {
                    pending.done.get(wait, TimeUnit.NANOSECONDS);
                    return;
                } catch (TimeoutException e) {
                    // Still queued (or just taken): give up only on a writer in trouble, or after the longest wait.
                } catch (InterruptedException e) {
                    interrupted = true;
                    if (pending.withdraw()) {
                        queue.remove(pending);
                        throw new NotSavedException("interrupted before the attempt was taken");
                    }
                }
                long now = System.nanoTime();
                if ((troubled(now) || now - queued >= LONGEST_QUEUED.toNanos()) && pending.withdraw()) {
                    queue.remove(pending);
                    throw new NotSavedException("the attempt was not taken within " + queueWait.toMillis()
                            + " ms and the writer is in trouble (last batch failed or current batch stalled)");
                }
                wait = RECHECK_NANOS;
            }
            // Taken: its batch is being stored, so the outcome must be waited for (bounded by the database timeouts).
            long until = System.nanoTime() + STUCK_BATCH.toNanos();
            while (true) {
                try {
                    pending.done.get(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS);
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (TimeoutException e) {
                    throw new NotSavedException("the attempt's batch did not finish within " + STUCK_BATCH);
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof NotSavedException notSaved) {
                // Answered by the writer without a batch (expired behind a failed batch, or the writer stopped).
                throw notSaved;
            }
            throw new NotSavedException("the attempt's batch failed", e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The writer's last batch failed, or its current batch has run longer than {@code stalledAfter}. */
    boolean troubled(long now) {
        long started = batchStarted;
        return lastBatchFailed || (started != 0 && now - started > stalledAfterNanos);
    }

    /** Items waiting for the writer now. */
    int depth() {
        return queue.size();
    }

    /** Batches stored so far. */
    long batches() {
        return batches.get();
    }

    /** Batches that failed so far. */
    long failedBatches() {
        return failedBatches.get();
    }

    /**
     * Stops taking new items, lets the writer store what is queued, and fails whatever it could not store within
     * {@code grace}: no request is left waiting.
     */
    void close(Duration grace) {
        stopping = true;
        try {
            writer.join(grace.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        writer.interrupt();
        failQueued();
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(5));
    }

    private void run() {
        List<Pending<T>> batch = new ArrayList<>(maxBatch);
        while (true) {
            Pending<T> first;
            try {
                first = queue.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                break;
            }
            if (first == null) {
                if (stopping) {
                    break;
                }
                continue;
            }
            batch.clear();
            long now = System.nanoTime();
            if (claim(first, now)) {
                batch.add(first);
            }
            for (Pending<T> next; batch.size() < maxBatch && (next = queue.poll()) != null;) {
                if (claim(next, now)) {
                    batch.add(next);
                }
            }
            if (!batch.isEmpty()) {
                storeBatch(batch);
            }
        }
        failQueued();
    }

    /**
     * Takes {@code p} for the next batch, or, while the last batch failed (the database is down), answers it at once
     * when it has already waited its queue wait: taking it would make it wait for a second failing batch.
     */
    private boolean claim(Pending<T> p, long now) {
        if (lastBatchFailed && now - p.patienceEnds >= 0 && p.withdraw()) {
            p.done.completeExceptionally(new NotSavedException("the last batch failed and the attempt had waited"));
            return false;
        }
        return p.take();
    }

    private void storeBatch(List<Pending<T>> batch) {
        List<T> items = new ArrayList<>(batch.size());
        batch.forEach(p -> items.add(p.item));
        batchStarted = Math.max(1, System.nanoTime());
        try {
            store.store(items);
        } catch (Throwable e) {
            lastBatchFailed = true;
            batchStarted = 0;
            failedBatches.incrementAndGet();
            batch.forEach(p -> p.done.completeExceptionally(e));
            return;
        }
        lastBatchFailed = false;
        batchStarted = 0;
        batches.incrementAndGet();
        batchSizes.accept(items.size());
        batch.forEach(p -> p.done.complete(null));
    }

    private void failQueued() {
        for (Pending<T> p; (p = queue.poll()) != null;) {
            if (p.take()) {
                p.done.completeExceptionally(new NotSavedException("the attempt writer stopped"));
            }
        }
    }
}
