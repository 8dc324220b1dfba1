package org.mskguide.web.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A client that goes away in the middle of sending a request (a closed tab, a load tool stopping) is not a fault
 * on our side: it must not be logged as an ERROR with a stack trace, which would bury real faults under load.
 */
@QuarkusTest
class ClientGoneTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void aClientThatHangsUpMidBodyIsNotLoggedAsAnError() throws Exception {
        String body = "{\"answers\": {\"dynamic-what-it-is\": \"c\", \"needle-aspiration\": \"a\"}}";
        List<LogRecord> errors = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    errors.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger rootLogger = Logger.getLogger("");
        rootLogger.addHandler(capture);
        try {
            for (int i = 0; i < 3; i++) {
                try (Socket socket = new Socket(root.getHost(), root.getPort())) {
                    OutputStream out = socket.getOutputStream();
                    // Announce the whole body, send half of it, then hang up.
                    out.write(("POST /api/quiz/attempts HTTP/1.1\r\nHost: localhost\r\n"
                            + "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n"
                            + body.substring(0, body.length() / 2)).getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    Thread.sleep(200);
                }
            }
            // The server notices the hang-up asynchronously: give it time to handle (and maybe log) all three.
            Thread.sleep(1500);
        } finally {
            rootLogger.removeHandler(capture);
        }
        assertThat(errors).extracting(r -> r.getLoggerName() + ": " + r.getMessage()).isEmpty();
    }
}
