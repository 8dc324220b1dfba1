package org.mskguide.testsupport;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Starts a {@link PostgresServer} for the tests of {@link PostgresProfile} and points the datasource at it. */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private static volatile PostgresServer server;

    /** The running server, so a test can stop and restart it. */
    public static PostgresServer server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        server = PostgresServer.startNew();
        return Map.of(
                "quarkus.datasource.jdbc.url", server.jdbcUrl(),
                "quarkus.datasource.username", server.username(),
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
