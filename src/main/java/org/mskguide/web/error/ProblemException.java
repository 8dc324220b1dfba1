package org.mskguide.web.error;

/**
 * Thrown by a resource that cannot serve a request, for example
 * {@code throw new ProblemException(Problem.invalidField("topic", "is not a topic"))}: {@link ErrorMappers}
 * answers with the problem as an HTML page or, under {@code /api/}, as problem details. It is an expected
 * outcome, not a bug, so it carries no stack trace.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.message(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
