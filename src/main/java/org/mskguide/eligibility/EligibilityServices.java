package org.mskguide.eligibility;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.mskguide.content.Content;

import io.quarkus.runtime.Startup;

/**
 * The self-check's plain-Java pieces, wired once to the content's rules and to the clock. Resources use this so
 * the clock is not a CDI bean other features could trip over. Built at start-up, so a rule missing from the content
 * data stops the application with the file named instead of failing a reader's request later.
 */
@Startup
@ApplicationScoped
public class EligibilityServices {

    private final RmsksRules rules;
    private final Clock clock;
    private final RmsksChecker checker;
    private final AnswerValidator validator;
    private final StudyLogParser logParser;
    private final StudyPlanner planner;

    @Inject
    public EligibilityServices(Content content, EligibilityClock today) {
        this.rules = RmsksRules.from(content.rmsks());
        this.clock = today.getClock();
        this.checker = new RmsksChecker(rules, clock);
        this.validator = new AnswerValidator(clock);
        this.logParser = new StudyLogParser(clock);
        this.planner = new StudyPlanner(rules, clock);
    }

    public RmsksRules rules() {
        return rules;
    }

    public Clock clock() {
        return clock;
    }

    public RmsksChecker checker() {
        return checker;
    }

    public AnswerValidator validator() {
        return validator;
    }

    public StudyLogParser logParser() {
        return logParser;
    }

    public StudyPlanner planner() {
        return planner;
    }
}
