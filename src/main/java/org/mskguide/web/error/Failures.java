package org.mskguide.web.error;

import java.nio.channels.ClosedChannelException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.concurrent.TimeoutException;

import jakarta.persistence.PersistenceException;

import org.hibernate.exception.JDBCConnectionException;

import io.vertx.core.http.HttpClosedException;

/**
 * What kind of failure an exception is, judged by its type and where it was thrown, never by its message
 * (messages change between library versions). Pure Java, tested without Quarkus.
 */
final class Failures {

    /**
     * The framework's body parsers: percent-decoding of a form ({@code URLUtils}) and the form and multipart
     * parsers. What they throw is about the bytes the client sent, so it is the client's mistake.
     */
    private static final String URL_DECODER = "org.jboss.resteasy.reactive.common.util.URLUtils";
    private static final String FORM_PARSERS = "org.jboss.resteasy.reactive.server.core.multipart.";
    /** The framework's header parsers (Content-Type, Accept...). */
    private static final String HEADER_PARSERS = "org.jboss.resteasy.reactive.common.headers.";

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
     * A body the framework's form parsers could not read (undecodable percent-encoding, a multipart body that
     * ends early): judged by the class that threw it, so a bug of ours with the same exception type stays a 500.
     */
    static boolean isUnreadableForm(Throwable e) {
        return thrownBy(e, URL_DECODER) || thrownBy(e, FORM_PARSERS);
    }

    /** A header the framework could not parse, such as {@code Content-Type: ;;;}. */
    static boolean isMalformedHeader(Throwable e) {
        return e instanceof IllegalArgumentException && thrownBy(e, HEADER_PARSERS);
    }

    /** True when one of the innermost frames of {@code e} is in a class whose name starts with {@code prefix}. */
    private static boolean thrownBy(Throwable e, String prefix) {
        StackTraceElement[] frames = e.getStackTrace();
        for (int i = 0; i < Math.min(frames.length, 3); i++) {
            if (frames[i].getClassName().startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable t) {
        return t.getCause() == t ? null : t.getCause();
    }
}
