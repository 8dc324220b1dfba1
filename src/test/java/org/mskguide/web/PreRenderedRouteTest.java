package org.mskguide.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The route that answers pre-rendered pages and assets ahead of the router chain must answer exactly what the chain
 * answers: the same status, header lines in the same order and the same body bytes. A GET that declares an empty
 * body skips the early route, so the same request with and without {@code Content-Length: 0} compares the two paths
 * over real HTTP.
 */
@QuarkusTest
class PreRenderedRouteTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void earlyRouteAnswersByteForByteWhatTheChainAnswers() throws IOException {
        String etag = header(exchange("GET", "/topics/rmsks-credential", ""), "etag");
        String css = "/assets/site.css";
        for (String path : List.of("/", "/topics", "/topics/rmsks-credential", "/glossary", "/sitemap.xml",
                "/robots.txt", css)) {
            for (String extra : List.of("", "Accept-Encoding: gzip, deflate, br\r\n", "Accept-Encoding: br;q=1, gzip;q=0\r\n",
                    "If-None-Match: " + etag + "\r\n", "If-None-Match: W/" + etag + ", \"x\"\r\n")) {
                for (String method : List.of("GET", "HEAD")) {
                    Answer early = exchange(method, path, extra);
                    Answer chain = exchange(method, path, extra + "Content-Length: 0\r\n");
                    assertThat(early.head()).as(method + " " + path + " " + extra).isEqualTo(chain.head());
                    assertThat(early.body()).as(method + " " + path + " " + extra).isEqualTo(chain.body());
                    assertThat(early.head().get(0)).startsWith("HTTP/1.1 ");
                }
            }
        }
    }

    @Test
    void unknownPathsAndOtherMethodsStillReachTheRoutes() throws IOException {
        assertThat(exchange("GET", "/topics/no-such-topic", "").head().get(0)).isEqualTo("HTTP/1.1 404 Not Found");
        assertThat(exchange("POST", "/topics/rmsks-credential", "Content-Length: 0\r\n").head().get(0))
                .isEqualTo("HTTP/1.1 404 Not Found");
        // A path the early route does not know verbatim is normalised by the router and served by the topic route.
        Answer dotted = exchange("GET", "/topics/./rmsks-credential", "");
        assertThat(dotted.head().get(0)).isEqualTo("HTTP/1.1 200 OK");
        assertThat(dotted.body()).isEqualTo(exchange("GET", "/topics/rmsks-credential", "").body());
    }

    record Answer(List<String> head, byte[] body) {
    }

    private static String header(Answer answer, String name) {
        return answer.head().stream().filter(l -> l.toLowerCase().startsWith(name + ":"))
                .map(l -> l.substring(name.length() + 1).trim()).findFirst().orElseThrow();
    }

    /** One request on its own connection; the status line and header lines as sent, then the body. */
    private Answer exchange(String method, String path, String extraHeaders) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n" + extraHeaders + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            byte[] all = readAll(socket.getInputStream());
            int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(end).as("complete head for " + method + " " + path).isPositive();
            List<String> head = new ArrayList<>(List.of(new String(all, 0, end, StandardCharsets.US_ASCII).split("\r\n")));
            // Connection: close was asked for; whether the server echoes it is not part of the comparison.
            head.removeIf(line -> line.toLowerCase().startsWith("connection:"));
            byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
            return new Answer(head, body);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        in.transferTo(buffer);
        return buffer.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
