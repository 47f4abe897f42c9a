package org.civicvoice.participation.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Ready when the database answers and holds the schema version this node migrated to. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final String LATEST_VERSION = """
            SELECT version FROM flyway_schema_history
            WHERE success = 1 AND version IS NOT NULL
            ORDER BY installed_rank DESC LIMIT 1""";

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    SchemaMigration migration;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
        String expected = migration.currentVersion();
        if (expected == null) {
            expected = migration.migrate() ? migration.currentVersion() : null;
        }
        if (expected == null) {
            return response.down().withData("migrations", "pending")
                    .withData("error", String.valueOf(migration.lastFailure())).build();
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(LATEST_VERSION)) {
            statement.setQueryTimeout(5);
            try (ResultSet rows = statement.executeQuery()) {
                String found = rows.next() ? rows.getString(1) : null;
                boolean current = expected.equals(found);
                return response.status(current).withData("schemaVersion", String.valueOf(found))
                        .withData("expectedVersion", expected).build();
            }
        } catch (SQLException e) {
            return response.down().withData("error", e.getMessage()).build();
        }
    }
}
