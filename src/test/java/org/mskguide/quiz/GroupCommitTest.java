package org.mskguide.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mskguide.web.error.NotSavedException;

/** The group commit's queue and claim rules, without Quarkus or a database. */
class GroupCommitTest {

    static final Duration LONG = Duration.ofSeconds(20);

    final List<String> stored = Collections.synchronizedList(new ArrayList<>());
    final List<Integer> sizes = Collections.synchronizedList(new ArrayList<>());
    final ExecutorService clients = Executors.newFixedThreadPool(32);
    GroupCommit<String> commit;
    /** Set by {@link #holdingTheFirstBatch}: counted down when the writer holds its first batch, and to let it go. */
    final CountDownLatch held = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);

    /**
     * A store whose first batch waits for {@link #release} (so the requests after it queue up behind a busy
     * writer), then fails when {@code failFirst}, or else is stored; every later batch is stored.
     */
    GroupCommit.Store<String> holdingTheFirstBatch(boolean failFirst) {
        return batch -> {
            if (held.getCount() > 0) {
                held.countDown();
                release.await();
                if (failFirst) {
                    throw new SQLTransientConnectionException("connection refused");
                }
            }
            stored.addAll(batch);
        };
    }

    /** Waits until {@code n} requests are queued behind the writer. */
    void awaitQueued(int n) throws InterruptedException {
        while (commit.depth() < n) {
            Thread.sleep(5);
        }
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (commit != null) {
            commit.close(Duration.ofSeconds(5));
        }
        clients.shutdownNow();
        assertThat(clients.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void attemptsThatArriveTogetherShareABatchAndEachIsStoredOnceBeforeItsRequestReturns() throws Exception {
        commit = new GroupCommit<>("test-writer", 100, 50, LONG, holdingTheFirstBatch(false), sizes::add);
        commit.start();
        // The first request keeps the writer busy while 30 more queue up behind it.
        Future<?> first = clients.submit(() -> commit.submit("a0", LONG));
        assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
        List<Future<?>> rest = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            String item = "a" + i;
            rest.add(clients.submit(() -> commit.submit(item, LONG)));
        }
        awaitQueued(30);
        assertThat(stored).as("nothing acknowledged before its commit").isEmpty();
        release.countDown();
        first.get(10, TimeUnit.SECONDS);
        for (Future<?> f : rest) {
            f.get(10, TimeUnit.SECONDS);
        }
        assertThat(stored).hasSize(31).doesNotHaveDuplicates();
        assertThat(sizes).containsExactly(1, 30);
        assertThat(commit.batches()).isEqualTo(2);
    }

    @Test
    void aBatchNeverExceedsMaxBatch() throws Exception {
        commit = new GroupCommit<>("test-writer", 100, 4, LONG, holdingTheFirstBatch(false), sizes::add);
        commit.start();
        List<Future<?>> all = new ArrayList<>();
        all.add(clients.submit(() -> commit.submit("x", LONG)));
        assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < 10; i++) {
            String item = "y" + i;
            all.add(clients.submit(() -> commit.submit(item, LONG)));
        }
        awaitQueued(10);
        release.countDown();
        for (Future<?> f : all) {
            f.get(10, TimeUnit.SECONDS);
        }
        assertThat(sizes).containsExactly(1, 4, 4, 2);
    }

    @Test
    void aFullQueueRefusesAtOnceAndStoresNothingForThatRequest() throws Exception {
        commit = new GroupCommit<>("test-writer", 2, 10, LONG, holdingTheFirstBatch(false), sizes::add);
        commit.start();
        Future<?> taken = clients.submit(() -> commit.submit("taken", LONG));
        assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
        Future<?> q1 = clients.submit(() -> commit.submit("queued-1", LONG));
        Future<?> q2 = clients.submit(() -> commit.submit("queued-2", LONG));
        awaitQueued(2);
        assertThatThrownBy(() -> commit.submit("refused", LONG)).isInstanceOf(NotSavedException.class)
                .hasNoCause();
        release.countDown();
        taken.get(10, TimeUnit.SECONDS);
        q1.get(10, TimeUnit.SECONDS);
        q2.get(10, TimeUnit.SECONDS);
        assertThat(stored).containsExactlyInAnyOrder("taken", "queued-1", "queued-2");
    }

    @Test
    void anAttemptQueuedBehindAStalledBatchIsWithdrawnAndNeverStored() throws Exception {
        commit = new GroupCommit<>("test-writer", 10, 10, Duration.ofMillis(10), holdingTheFirstBatch(false),
                sizes::add);
        commit.start();
        Future<?> taken = clients.submit(() -> commit.submit("taken", LONG));
        assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
        // The writer's batch has run past 10 ms (stalled): this one is not taken within its 50 ms and withdraws itself.
        assertThatThrownBy(() -> commit.submit("late", Duration.ofMillis(50))).isInstanceOf(NotSavedException.class);
        assertThat(commit.depth()).isZero();
        release.countDown();
        taken.get(10, TimeUnit.SECONDS);
        commit.submit("after", LONG);
        assertThat(stored).containsExactly("taken", "after");
    }

    @Test
    void aTakenAttemptWaitsForItsBatchEvenPastItsQueueWait() throws Exception {
        commit = new GroupCommit<>("test-writer", 10, 10, Duration.ofMillis(10), batch -> {
            Thread.sleep(300);
            stored.addAll(batch);
        }, sizes::add);
        commit.start();
        // Taken at once, stored after 300 ms: acknowledged, never withdrawn after being taken.
        commit.submit("slow", Duration.ofMillis(100));
        assertThat(stored).containsExactly("slow");
    }

    @Test
    void aFailedBatchFailsOnlyItsOwnRequestsWithTheDatabaseCause() throws Exception {
        commit = new GroupCommit<>("test-writer", 10, 10, LONG, batch -> {
            if (held.getCount() > 0) {
                held.countDown();
                release.await();
                return;
            }
            if (batch.contains("doomed-1")) {
                throw new SQLTransientConnectionException("connection lost");
            }
            stored.addAll(batch);
        }, sizes::add);
        commit.start();
        Future<?> holder = clients.submit(() -> commit.submit("holder", LONG));
        assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
        Future<?> d1 = clients.submit(() -> commit.submit("doomed-1", LONG));
        Future<?> d2 = clients.submit(() -> commit.submit("doomed-2", LONG));
        awaitQueued(2);
        release.countDown();
        holder.get(10, TimeUnit.SECONDS);
        for (Future<?> doomed : List.of(d1, d2)) {
            assertThatThrownBy(() -> doomed.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(NotSavedException.class)
                    .hasRootCauseInstanceOf(SQLTransientConnectionException.class);
        }
        // The next batch is not affected.
        commit.submit("next", LONG);
        assertThat(stored).containsExactly("next");
        assertThat(commit.failedBatches()).isEqualTo(1);
    }

    @Test
    void anAttemptQueuedBehindASlowButHealthyWriterIsWaitedForNotRefused() throws Exception {
        commit = new GroupCommit<>("test-writer", 10, 10, LONG, batch -> {
            if (held.getCount() > 0) {
                held.countDown();
                Thread.sleep(300);
            }
            stored.addAll(batch);
        }, sizes::add);
        commit.start();
        Future<?> slow = clients.submit(() -> commit.submit("slow", LONG));
        assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
        // Past its 20 ms queue wait, but the writer is healthy (nothing failed, not stalled): stored, not refused.
        commit.submit("patient", Duration.ofMillis(20));
        slow.get(10, TimeUnit.SECONDS);
        assertThat(stored).containsExactly("slow", "patient");
    }

    @Test
    void afterAFailedBatchAnAttemptNotTakenInTimeIsWithdrawn() throws Exception {
        CountDownLatch failedOnce = new CountDownLatch(1);
        CountDownLatch holdSecond = new CountDownLatch(1);
        commit = new GroupCommit<>("test-writer", 10, 10, LONG, batch -> {
            if (failedOnce.getCount() > 0) {
                failedOnce.countDown();
                throw new SQLTransientConnectionException("connection refused");
            }
            if (holdSecond.getCount() > 0) {
                holdSecond.countDown();
                release.await();
                throw new SQLTransientConnectionException("connection refused");
            }
            stored.addAll(batch);
        }, sizes::add);
        commit.start();
        assertThatThrownBy(() -> commit.submit("first", LONG)).isInstanceOf(NotSavedException.class);
        Future<?> heldRequest = clients.submit(() -> commit.submit("held", LONG));
        assertThat(holdSecond.await(10, TimeUnit.SECONDS)).isTrue();
        // The last batch failed (the database is down): not taken within 50 ms, so withdrawn, never stored.
        assertThatThrownBy(() -> commit.submit("withdrawn", Duration.ofMillis(50))).isInstanceOf(NotSavedException.class)
                .hasNoCause();
        release.countDown();
        assertThatThrownBy(() -> heldRequest.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(NotSavedException.class);
        commit.submit("recovered", LONG);
        assertThat(stored).containsExactly("recovered");
    }

    @Test
    void attemptsThatWaitedBehindAFailingBatchAreAnsweredNotTakenIntoTheNextOne() throws Exception {
        commit = new GroupCommit<>("test-writer", 10, 10, LONG, holdingTheFirstBatch(true), sizes::add);
        commit.start();
        Future<?> first = clients.submit(() -> commit.submit("first", LONG));
        assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
        // Queued behind a batch that is slow but not yet failed: it waits past its 10 ms (the writer looks healthy).
        Future<?> behind = clients.submit(() -> commit.submit("behind", Duration.ofMillis(10)));
        awaitQueued(1);
        Thread.sleep(100);
        assertThat(behind).isNotDone();
        release.countDown();
        // The batch failed: "behind" has waited its queue wait, so it gets its 503 now instead of a second failing batch.
        assertThatThrownBy(() -> first.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(NotSavedException.class);
        assertThatThrownBy(() -> behind.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(NotSavedException.class)
                .satisfies(e -> assertThat(e.getCause().getCause()).isNull());
        assertThat(commit.batches() + commit.failedBatches()).as("no batch for the answered attempt").isEqualTo(1);
        commit.submit("later", LONG);
        assertThat(stored).containsExactly("later");
    }

    @Test
    void closingStoresWhatIsQueuedAndThenRefuses() throws Exception {
        commit = new GroupCommit<>("test-writer", 10, 10, LONG, stored::addAll, sizes::add);
        commit.start();
        commit.submit("before", LONG);
        commit.close(Duration.ofSeconds(5));
        assertThatThrownBy(() -> commit.submit("after", LONG)).isInstanceOf(NotSavedException.class);
        assertThat(stored).containsExactly("before");
    }
}
