package org.mskguide.web;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

/**
 * Turns a failed database call into an honest answer: 503 with {@code Retry-After} and a page that says
 * nothing was saved (POST) or the page cannot be shown now (GET), instead of a 500. How fast it comes
 * is set by the pool's short {@code quarkus.datasource.jdbc.acquisition-timeout}. Used by
 * {@link ErrorMappers}, which sees every exception a resource throws.
 */
@ApplicationScoped
public class DatabaseOutage {

    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class);

    @Inject
    ErrorPages pages;

    @Inject
    OutageConfig config;

    /** True when {@code e} or one of its causes comes from the database layer. */
    public static boolean isDatabaseFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException || t instanceof PersistenceException) {
                return true;
            }
        }
        return false;
    }

    /**
     * A lost connection (the database is down or restarting) rather than a mistake in a statement: the
     * former is expected and logged briefly, the latter is a bug and logged with its stack trace.
     */
    static boolean isConnectionFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                // 08: connection exception; 57P: operator intervention (server shutting down).
                if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
                    return true;
                }
                if (sql.getMessage() != null && sql.getMessage().contains("Acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The 503 for a request whose database work failed; nothing of that request was committed. */
    public Response respond(Throwable e, String method, String path) {
        if (isConnectionFailure(e)) {
            LOG.warnf("Database unavailable on %s %s: %s", method, path, rootMessage(e));
        } else {
            LOG.errorf(e, "Database error on %s %s", method, path);
        }
        long seconds = Math.max(1, config.retryAfter().toSeconds());
        Problem problem = "GET".equals(method) || "HEAD".equals(method)
                ? Problem.couldNotLoad(seconds)
                : Problem.couldNotSave(seconds);
        return pages.response(problem, path);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
