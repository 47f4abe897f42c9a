package org.civicvoice.participation.testsupport;

import org.civicvoice.participation.launcher.EmbeddedMariaDb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The real MariaDB of the integration tests: started once per test run on the port the build reserved (the
 * platform under test reads the same port from PARTICIPATION_DB_URL), with an empty data folder each run.
 */
public final class TestDatabase {

    private static EmbeddedMariaDb server;

    private TestDatabase() {
    }

    public static synchronized void start() {
        if (server != null) {
            return;
        }
        Path home = Path.of(System.getProperty("it.db.home", "target/it-mariadb"));
        int port = Integer.parseInt(System.getProperty("it.db.port", "3317"));
        deleteRecursively(home.resolve("data"));
        long started = System.nanoTime();
        server = EmbeddedMariaDb.start(home, port);
        server.createDatabase("participation");
        System.out.printf("[it] MariaDB ready on port %d in %d ms%n", port, (System.nanoTime() - started) / 1_000_000);
    }

    /** Stops the server, as an outage would; {@link #restart()} brings it back with its data. */
    public static synchronized void stop() {
        server.stop();
    }

    public static synchronized void restart() {
        server.restart();
    }

    public static synchronized void shutdown() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    public static synchronized String jdbcUrl() {
        return server.jdbcUrl("participation");
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
