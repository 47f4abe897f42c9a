package org.civicvoice.participation.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The embedded database keeps its data across restarts also when the checkout lies under the system temporary
 * folder (a clone in /tmp): two JVMs, each with that temporary folder, start the database from the run folder;
 * the first writes a row, the second finds it.
 */
class RunFolderTest {

    @TempDir
    Path checkout;

    @Test
    void dataWrittenBeforeARestartIsReadAfterItWithTheCheckoutUnderTheTemporaryFolder() throws Exception {
        Path home = checkout.resolve(".run");
        String systemTemporaryFolder = checkout.getParent().toString();
        int port = freePort();
        assertEquals("rows=1", probe(home, port, "write", systemTemporaryFolder));
        assertEquals("rows=1", probe(home, port, "read", systemTemporaryFolder), "the row survived the restart");
    }

    private static String probe(Path home, int port, String mode, String temporaryFolder)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + temporaryFolder,
                "-cp", System.getProperty("java.class.path"),
                RunFolderProbe.class.getName(), home.toString(), Integer.toString(port), mode))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "the probe ends");
        assertEquals(0, process.exitValue(), output);
        return output.lines().filter(line -> line.startsWith("rows=")).reduce((a, b) -> b).orElse(output);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
