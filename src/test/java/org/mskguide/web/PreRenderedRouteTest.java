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
 * The one path that sends finished pages and assets, over real HTTP: ETag, 304 (weak and listed tags too), gzip only
 * when accepted, HEAD with the GET's headers and no body, the whole body for pages of every size, and the router's
 * normalised path; everything else reaches the router.
 */
@QuarkusTest
class PreRenderedRouteTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void sendsEveryFinishedBodyWithItsEtagAndGzipAnd304() throws IOException {
        // what-msk-ultrasound-images is over 32 KB, above the size a heap buffer's copy is cached for.
        for (String path : List.of("/", "/topics", "/topics/rmsks-credential", "/topics/what-msk-ultrasound-images",
                "/glossary", "/sitemap.xml", "/robots.txt", "/assets/site.css")) {
            Answer plain = exchange("GET", path, "");
            assertThat(plain.head().get(0)).as(path).isEqualTo("HTTP/1.1 200 OK");
            assertThat(header(plain, "content-length")).as(path).isEqualTo(Integer.toString(plain.body().length));
            assertThat(plain.head()).as(path).noneMatch(l -> l.toLowerCase().startsWith("content-encoding:"));
            String etag = header(plain, "etag");

            Answer gzip = exchange("GET", path, "Accept-Encoding: gzip, deflate, br\r\n");
            assertThat(header(gzip, "content-encoding")).as(path).isEqualTo("gzip");
            assertThat(header(gzip, "content-length")).as(path).isEqualTo(Integer.toString(gzip.body().length));
            assertThat(gunzip(gzip.body())).as(path).isEqualTo(plain.body());
            assertThat(header(gzip, "etag")).isEqualTo(etag);
            assertThat(header(exchange("GET", path, "Accept-Encoding: br;q=1, gzip;q=0\r\n"), "content-length"))
                    .isEqualTo(Integer.toString(plain.body().length));

            for (String tag : List.of(etag, "W/" + etag, "\"x\", " + etag)) {
                Answer unchanged = exchange("GET", path, "If-None-Match: " + tag + "\r\n");
                assertThat(unchanged.head().get(0)).as(path + " " + tag).isEqualTo("HTTP/1.1 304 Not Modified");
                assertThat(unchanged.body()).isEmpty();
            }
            Answer head = exchange("HEAD", path, "");
            assertThat(head.head()).as(path).isEqualTo(plain.head());
            assertThat(head.body()).isEmpty();
            // An empty declared body is no body.
            assertThat(exchange("GET", path, "Content-Length: 0\r\n")).usingRecursiveComparison().isEqualTo(plain);
        }
    }

    @Test
    void unknownPathsAndOtherMethodsReachTheRouter() throws IOException {
        assertThat(exchange("GET", "/topics/no-such-topic", "").head().get(0)).isEqualTo("HTTP/1.1 404 Not Found");
        assertThat(exchange("POST", "/topics/rmsks-credential", "Content-Length: 0\r\n").head().get(0))
                .isEqualTo("HTTP/1.1 404 Not Found");
        // A path not known verbatim is looked up as the router normalises it.
        Answer dotted = exchange("GET", "/topics/./rmsks-credential", "");
        assertThat(dotted.head().get(0)).isEqualTo("HTTP/1.1 200 OK");
        assertThat(dotted.body()).isEqualTo(exchange("GET", "/topics/rmsks-credential", "").body());
    }

    private static byte[] gunzip(byte[] gzip) throws IOException {
        try (InputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzip))) {
            return in.readAllBytes();
        }
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
