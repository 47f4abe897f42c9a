package org.civicvoice.participation.ear;

import org.civicvoice.participation.launcher.EmbeddedMariaDb;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Smoke test of the EAR on a real Payara Server (full profile): a fresh domain, the embedded MariaDB, deploy,
 * then the readiness check, the home page and the API must answer.
 */
class PayaraServerDeploymentIT {

    private static final String DOMAIN = "participation-it";
    /** Offsets of the ports a domain created with --portbase uses. */
    private static final int[] PORT_OFFSETS = {0, 9, 37, 38, 39, 48, 66, 76, 80, 81, 86};

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static EmbeddedMariaDb db;
    private static Path payara;
    private static int portBase;
    private static boolean domainCreated;

    @BeforeAll
    static void deployToPayaraServer() throws Exception {
        payara = Path.of(System.getProperty("payara.home"));
        Path ear = Path.of(System.getProperty("participation.ear"));
        Path dbHome = Path.of(System.getProperty("it.db.home"));

        db = EmbeddedMariaDb.start(dbHome, freePort());
        db.createDatabase("participation");

        portBase = freePortBase();
        long created = System.nanoTime();
        asadmin(Map.of(), "create-domain", "--nopassword=true", "--portbase", String.valueOf(portBase), DOMAIN);
        domainCreated = true;
        report("domain created", created);

        long started = System.nanoTime();
        asadmin(Map.of("PARTICIPATION_DB_URL", db.jdbcUrl("participation"),
                        "PARTICIPATION_DB_USER", "root",
                        "PARTICIPATION_DB_PASSWORD", "",
                        "PARTICIPATION_DEMO_DATA", "true"),
                "start-domain", DOMAIN);
        report("Payara Server started", started);

        long deployed = System.nanoTime();
        asadmin(Map.of(), "--port", String.valueOf(portBase + 48), "deploy", "--name", "participation", ear.toString());
        report("EAR deployed", deployed);
    }

    @AfterAll
    static void removeDomain() throws Exception {
        try {
            if (domainCreated) {
                asadmin(Map.of(), "stop-domain", "--kill=true", DOMAIN);
                asadmin(Map.of(), "delete-domain", DOMAIN);
            }
        } finally {
            if (db != null) {
                db.stop();
            }
        }
    }

    @Test
    void theDeployedEarIsReadyAndServesTheHomePageAndTheApi() throws Exception {
        URI ready = URI.create("http://localhost:" + (portBase + 80) + "/health/ready");
        HttpResponse<String> health = awaitStatus(ready, 200, Duration.ofSeconds(120));
        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().contains("\"database\""), health.body());

        HttpResponse<String> home = get(URI.create("http://localhost:" + (portBase + 80) + "/"));
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("Ministry of Health"), home.body());

        HttpResponse<String> khmer = get(URI.create("http://localhost:" + (portBase + 80) + "/?lang=km"));
        assertTrue(khmer.body().contains("lang=\"km\""));

        HttpResponse<String> api = get(URI.create("http://localhost:" + (portBase + 80) + "/api/bodies/parliament"));
        assertEquals(200, api.statusCode());
        assertTrue(api.body().contains("petitions-committee"), api.body());
    }

    private static HttpResponse<String> awaitStatus(URI uri, int status, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        HttpResponse<String> last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = get(uri);
                if (last.statusCode() == status) {
                    return last;
                }
            } catch (IOException e) {
                last = null;
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        if (last == null) {
            throw new AssertionError("no answer from " + uri + " within " + limit.toSeconds() + " s");
        }
        return last;
    }

    private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void asadmin(Map<String, String> environment, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(payara.resolve("bin/asadmin").toString());
        command.add("--interactive=false");
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("asadmin " + String.join(" ", arguments) + " did not finish");
        }
        System.out.println("[asadmin " + arguments[0] + "] " + output.strip());
        if (process.exitValue() != 0) {
            throw new AssertionError("asadmin " + String.join(" ", arguments) + " failed:\n" + output);
        }
    }

    private static void report(String what, long startedNanos) {
        System.out.printf("[ear] %s in %d ms%n", what, (System.nanoTime() - startedNanos) / 1_000_000);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A port base whose every derived port is free, in the range above the usual servers. */
    private static int freePortBase() {
        for (int base = 21000; base < 60000; base += 100) {
            int candidate = base;
            if (IntStream.of(PORT_OFFSETS).allMatch(offset -> isFree(candidate + offset))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no free port range for the Payara domain");
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("0.0.0.0", port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

}
