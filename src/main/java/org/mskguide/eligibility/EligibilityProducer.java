package org.mskguide.eligibility;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.mskguide.content.Content;
import org.mskguide.eligibility.planner.StudyLogParser;
import org.mskguide.eligibility.planner.StudyPlanner;

import io.quarkus.runtime.StartupEvent;

/**
 * Makes the self-check's and planner's plain-Java pieces injectable, wired once to the content's rules and to
 * {@link EligibilityClock}, as {@code quiz/QuestionBankProducer} does for the quiz.
 */
@ApplicationScoped
public class EligibilityProducer {

    @Produces
    @Singleton
    CredentialRules rules(Content content) {
        return CredentialRules.from(content);
    }

    @Produces
    @Singleton
    SelfChecker checker(CredentialRules rules, EligibilityClock today) {
        return new SelfChecker(rules, today.getClock());
    }

    @Produces
    @Singleton
    RouteFinder routes(SelfChecker checker) {
        return checker.routes();
    }

    @Produces
    @Singleton
    AnswerValidator validator(EligibilityClock today) {
        return new AnswerValidator(today.getClock());
    }

    @Produces
    @Singleton
    StudyLogParser logParser(EligibilityClock today) {
        return new StudyLogParser(today.getClock());
    }

    @Produces
    @Singleton
    StudyPlanner planner(CredentialRules rules, EligibilityClock today) {
        return new StudyPlanner(rules, today.getClock());
    }

    /** A rule missing from the content data stops the application with the file named, not a reader's request. */
    void checkRulesAtStartup(@Observes StartupEvent start, CredentialRules rules) {
    }
}
