package org.mskguide.quiz;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;
import org.mskguide.content.Content;
import org.mskguide.content.ContentConfig;
import org.mskguide.content.ContentFolder;

import io.quarkus.runtime.Startup;

/**
 * Loads the question bank once, at start-up, after the topic pages it points into. A mistake in a question
 * stops the application with the file and question named, rather than a broken quiz later.
 */
public class QuestionBankProducer {

    private static final Logger LOG = Logger.getLogger(QuestionBankProducer.class);

    @Produces
    @Singleton
    @Startup
    QuestionBank questionBank(ContentConfig config, Content content) {
        QuestionBank bank = ContentFolder.read(config, new QuestionBankLoader(content)::load);
        LOG.infof("Quiz loaded: %d questions on %d topics", bank.questions().size(), bank.topics().size());
        return bank;
    }

    @Produces
    @Singleton
    Grader grader(QuestionBank bank, QuizConfig config) {
        return new Grader(bank, config.size());
    }
}
