package org.civicvoice.participation.launcher;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LaunchSettingsTest {

    @Test
    void defaultsRunTheEmbeddedDatabaseOnPort3307AndTheWebOn8080() {
        LaunchSettings settings = LaunchSettings.from(new String[0], Map.of());
        assertEquals(8080, settings.httpPort());
        assertEquals(3307, settings.embeddedDbPort());
        assertTrue(settings.externalDbUrl().isEmpty());
        assertTrue(settings.war().toString().endsWith("participation.war"));
    }

    @Test
    void aDatabaseUrlInTheEnvironmentReplacesTheEmbeddedDatabase() {
        LaunchSettings settings = LaunchSettings.from(new String[0],
                Map.of("PARTICIPATION_DB_URL", "jdbc:mariadb://db:3306/p", "PARTICIPATION_HTTP_PORT", "9090"));
        assertEquals("jdbc:mariadb://db:3306/p", settings.externalDbUrl().orElseThrow());
        assertEquals(9090, settings.httpPort());
    }

    @Test
    void aPortThatIsNoNumberIsRefusedWithItsName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LaunchSettings.from(new String[0], Map.of("PARTICIPATION_HTTP_PORT", "eighty")));
        assertTrue(e.getMessage().contains("PARTICIPATION_HTTP_PORT"));
    }

    @Test
    void anUnknownArgumentIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> LaunchSettings.from(new String[]{"--fast"}, Map.of()));
    }
}
