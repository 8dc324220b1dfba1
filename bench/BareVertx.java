import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerOptions;

/**
 * The yardstick of bench/run.sh: a bare Vert.x server (the vertx-core the guide ships, one event loop) answering one
 * page with the exact bytes and response headers the guide sends for it. The guide's framework path is measured
 * against it (app / bare), and it against nginx (bare / nginx): what the JVM and Netty can do on this machine.
 *
 * Run with the source launcher: java -cp "<vertx-core, netty and jackson jars>" bench/BareVertx.java
 * PORT PATH BODY_FILE HEADERS_FILE. HEADERS_FILE is what curl -D wrote for the page (status line, then "Name: value"
 * lines); content-length is left to Vert.x, which computes the same number from the body.
 */
public class BareVertx {

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String path = args[1];
        Buffer body = Buffer.buffer(Files.readAllBytes(Path.of(args[2])));
        // Header names and values built once, as CharSequences Netty can write without encoding them again.
        List<CharSequence[]> headers = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[3]))) {
            int colon = line.indexOf(':');
            if (line.startsWith("HTTP/") || colon <= 0) {
                continue;
            }
            String name = line.substring(0, colon).trim();
            if (name.equalsIgnoreCase("content-length") || name.equalsIgnoreCase("date")) {
                continue;
            }
            headers.add(new CharSequence[] {HttpHeaders.createOptimized(name),
                    HttpHeaders.createOptimized(line.substring(colon + 1).trim())});
        }
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1)
                .setInternalBlockingPoolSize(1));
        vertx.createHttpServer(new HttpServerOptions().setPort(port).setHost("127.0.0.1"))
                .requestHandler(request -> {
                    if (!request.path().equals(path)) {
                        request.response().setStatusCode(404).end();
                        return;
                    }
                    MultiMap out = request.response().headers();
                    for (CharSequence[] header : headers) {
                        out.add(header[0], header[1]);
                    }
                    request.response().end(body);
                })
                .listen()
                .toCompletionStage().toCompletableFuture().join();
        System.out.println("BareVertx listening on 127.0.0.1:" + port + " for " + path + " (" + body.length()
                + " bytes, " + headers.size() + " headers)");
    }
}
