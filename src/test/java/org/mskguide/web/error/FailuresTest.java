package org.mskguide.web.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedChannelException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.TimeoutException;

import jakarta.persistence.PersistenceException;

import org.jboss.resteasy.reactive.server.core.multipart.MultipartParser;
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
    void malformedInputIsRecognisedByTypeWhereverItWasThrown() {
        // Quarkus REST reports undecodable form encoding and unparsable headers as IllegalArgumentException.
        assertThat(Failures.isMalformedRequest(new IllegalArgumentException())).isTrue();
        assertThat(Failures.isMalformedRequest(new RuntimeException(new IllegalArgumentException()))).isTrue();
        assertThat(Failures.isMalformedRequest(new MultipartParser.MalformedMessageException())).isTrue();
        assertThat(Failures.isMalformedRequest(new IllegalStateException("select 1"))).isFalse();
        assertThat(Failures.isMalformedRequest(new NullPointerException())).isFalse();
        // The form parser's "too many fields" is a bare RuntimeException, a class our code never throws.
        assertThat(Failures.isMalformedRequest(new RuntimeException("any wording"))).isTrue();
        assertThat(Failures.isMalformedRequest(new RuntimeException(new IllegalStateException()))).isFalse();
        // A body that ends early reaches the mapper as the body reader's checked IOException; our own I/O failures
        // are wrapped unchecked and stay faults.
        assertThat(Failures.isMalformedRequest(new IOException())).isTrue();
        assertThat(Failures.isMalformedRequest(new UncheckedIOException(new IOException()))).isFalse();
    }
}
