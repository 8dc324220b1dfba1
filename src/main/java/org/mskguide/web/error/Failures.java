package org.mskguide.web.error;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.concurrent.TimeoutException;

import jakarta.persistence.PersistenceException;

import org.hibernate.exception.JDBCConnectionException;
import org.jboss.resteasy.reactive.server.core.multipart.MultipartParser;

import io.vertx.core.http.HttpClosedException;

/**
 * What kind of failure an exception is, judged by its type (and a SQL state), never by its message or by the classes
 * in its stack trace (both change between library versions). Pure Java, tested without Quarkus.
 */
final class Failures {

    private Failures() {
    }

    /** True when {@code e} or one of its causes comes from the database layer. */
    static boolean isDatabaseFailure(Throwable e) {
        for (Throwable t = e; t != null; t = next(t)) {
            // A transaction that could not commit (RollbackException) is a storage failure too.
            if (t instanceof SQLException || t instanceof PersistenceException
                    || t instanceof jakarta.transaction.RollbackException) {
                return true;
            }
        }
        return false;
    }

    /**
     * A lost connection (the database is down or restarting, or the pool waited in vain for a connection)
     * rather than a mistake in a statement: the former is expected and logged briefly, the latter is a bug.
     */
    static boolean isConnectionFailure(Throwable e) {
        for (Throwable t = e; t != null; t = next(t)) {
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException
                    || t instanceof JDBCConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                // 08: connection exception; 57P: operator intervention (server shutting down).
                if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
                    return true;
                }
                // The pool's acquisition timeout is a plain SQLException caused by the wait's TimeoutException.
                if (sql.getCause() instanceof TimeoutException) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The client's connection closed while its request was read: the framework's body reader fails with the
     * channel's {@link ClosedChannelException} (wrapped in an IOException). The connection's own closed flag can
     * still be unset at that moment (the reader wakes first), so the type is what tells; the server never closes
     * a connection mid-request itself.
     */
    static boolean isClientGone(Throwable e) {
        for (Throwable t = e; t != null; t = next(t)) {
            if (t instanceof ClosedChannelException || t instanceof HttpClosedException) {
                return true;
            }
        }
        return false;
    }

    /**
     * A request the framework could not read: undecodable percent-encoding in a form or a header it cannot parse
     * ({@link IllegalArgumentException}: Quarkus REST throws it for malformed client input on purpose, quarkusio/quarkus
     * pull request 46252), a multipart body that breaks its own format ({@link MultipartParser.MalformedMessageException})
     * or ends early (a checked {@link IOException} from the body reader: no resource method of ours declares one,
     * they wrap their own I/O failures in {@link java.io.UncheckedIOException}, which stays a 500). Judged by type
     * only. Our own code turns bad input into field errors and never lets these escape, so a bug of ours that did would
     * still be seen: the mapper logs these at WARN with the stack. Quarkus REST's form parser also refuses more than
     * its limit of fields with a bare {@link RuntimeException} (quarkusio/quarkus issue 54681); our code never throws
     * that exact class (ArchitectureTest), so the exact class is the framework's too.
     */
    static boolean isMalformedRequest(Throwable e) {
        if (e.getClass() == RuntimeException.class && e.getCause() == null) {
            return true;
        }
        for (Throwable t = e; t != null; t = next(t)) {
            if (t instanceof IllegalArgumentException || t instanceof MultipartParser.MalformedMessageException) {
                return true;
            }
        }
        return e instanceof IOException;
    }

    private static Throwable next(Throwable t) {
        return t.getCause() == t ? null : t.getCause();
    }
}
