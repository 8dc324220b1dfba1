package org.mskguide.web.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedChannelException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.TimeoutException;

import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void databaseFailuresAreFoundAmongTheCauses() {
        assertThat(Failures.isDatabaseFailure(new RuntimeException(new PersistenceException("x")))).isTrue();
        assertThat(Failures.isDatabaseFailure(new IllegalStateException("select secret from attempts"))).isFalse();
    }

    @Test
    void aLostConnectionIsToldApartFromABadStatementByTypeAndState() {
        SQLException poolTimeout = new SQLException("any wording", new TimeoutException());
        assertThat(Failures.isConnectionFailure(new PersistenceException(poolTimeout))).isTrue();
        assertThat(Failures.isConnectionFailure(new SQLTransientConnectionException("x"))).isTrue();
        assertThat(Failures.isConnectionFailure(new SQLException("x", "08006"))).isTrue();
        assertThat(Failures.isConnectionFailure(new SQLException("Acquisition timeout", "42000"))).isFalse();
    }

    @Test
    void aConnectionClosedUnderTheBodyReaderIsAClientGoneNotAFault() {
        // What the JSON reader throws when wrk stops mid-request: the channel's exception wrapped twice.
        Throwable readerFailure = new UncheckedIOException(new IOException(new ClosedChannelException()));

        assertThat(Failures.isClientGone(readerFailure)).isTrue();
        assertThat(Failures.isClientGone(new io.vertx.core.http.HttpClosedException("Connection was closed"))).isTrue();
        // Our own I/O failures (a file we cannot read) stay faults, whatever their message says.
        assertThat(Failures.isClientGone(new IOException("Connection was closed"))).isFalse();
        assertThat(Failures.isClientGone(new IllegalStateException("closed"))).isFalse();
    }

    @Test
    void ourOwnIllegalArgumentsAreNeitherBadFormsNorBadHeaders() {
        IllegalArgumentException ours = new IllegalArgumentException("Failed to decode: Content-Type");

        assertThat(Failures.isUnreadableForm(ours)).isFalse();
        assertThat(Failures.isMalformedHeader(ours)).isFalse();
    }

    @Test
    void theFrameworkParsersAreRecognisedByTheClassThatThrew() {
        IllegalArgumentException decoding = thrownAt("org.jboss.resteasy.reactive.common.util.URLUtils", "decode");
        IllegalArgumentException header = thrownAt(
                "org.jboss.resteasy.reactive.common.headers.MediaTypeHeaderDelegate", "parse");

        assertThat(Failures.isUnreadableForm(decoding)).isTrue();
        assertThat(Failures.isMalformedHeader(header)).isTrue();
        assertThat(Failures.isUnreadableForm(header)).isFalse();
    }

    private static IllegalArgumentException thrownAt(String className, String method) {
        IllegalArgumentException e = new IllegalArgumentException();
        e.setStackTrace(new StackTraceElement[] { new StackTraceElement(className, method, null, 1) });
        return e;
    }
}
