package org.civicvoice.participation.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoAccessTest {

    private static final Map<String, String> DEVELOPMENT = Map.of("PARTICIPATION_MODE", "development",
            "PARTICIPATION_DEMO_DATA", "true");

    @Test
    void theDemoPasswordIsMadeOnceInTheRunFolderAndKeptForLaterStarts(@TempDir Path home) throws Exception {
        String first = DemoAccess.password(home, DEVELOPMENT).orElseThrow();
        assertEquals(16, first.length());
        assertTrue(first.chars().distinct().count() >= 4, "strong enough for the platform's password rules");
        assertEquals(first, Files.readString(home.resolve(DemoAccess.FILE)).strip());
        assertEquals(first, DemoAccess.password(home, DEVELOPMENT).orElseThrow(), "the same at the next start");
        assertTrue(String.join("\n", DemoAccess.announcement(first)).contains("official@demo.invalid"));
    }

    @Test
    void thereIsNoDemoPasswordInProductionOrWithoutDemoData(@TempDir Path home) throws Exception {
        assertTrue(DemoAccess.password(home, Map.of("PARTICIPATION_MODE", "production",
                "PARTICIPATION_DEMO_DATA", "true")).isEmpty());
        assertTrue(DemoAccess.password(home, Map.of("PARTICIPATION_MODE", "development",
                "PARTICIPATION_DEMO_DATA", "false")).isEmpty());
        assertTrue(Files.notExists(home.resolve(DemoAccess.FILE)));
    }
}
