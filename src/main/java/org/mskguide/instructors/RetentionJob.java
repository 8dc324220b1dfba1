package org.mskguide.instructors;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.mskguide.quiz.ClassQuiz;

import io.quarkus.scheduler.Scheduled;

/**
 * Keeps class data no longer than promised: every night, deletes each class quiz created more than
 * {@code guide.class-quiz.retention-days} ago, with all its attempts. Every instance runs it; a second run finds
 * nothing left to delete.
 */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);

    @Inject
    ClassQuizConfig config;

    @Scheduled(cron = "{guide.class-quiz.purge-cron}", identity = "class-quiz-retention",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        purge(Clock.systemUTC());
    }

    /** Deletes what is past the retention period at {@code clock}'s now; returns how many classes went. */
    @Transactional
    public int purge(Clock clock) {
        Instant cutoff = clock.instant().minus(Duration.ofDays(config.retentionDays()));
        int deleted = ClassQuiz.deleteCreatedBefore(cutoff);
        if (deleted > 0) {
            LOG.infof("Deleted %d class quizzes created before %s, with their attempts", deleted, cutoff);
        }
        return deleted;
    }
}
