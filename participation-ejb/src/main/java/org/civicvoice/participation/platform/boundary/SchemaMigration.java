package org.civicvoice.participation.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Applies the versioned migrations of {@code db-migrations} when the platform starts. If the database is
 * unreachable then, the platform still starts, reports "not ready", and tries again every few seconds.
 * Connections read committed data: locking reads take no gap locks, so folding the signature deltas never
 * blocks new signatures.
 */
@DataSourceDefinition(
        name = SchemaMigration.DATA_SOURCE,
        className = "org.civicvoice.participation.platform.boundary.MariaDbConnections",
        url = "${ENV=PARTICIPATION_DB_URL:jdbc:mariadb://127.0.0.1:3306/participation}",
        user = "${ENV=PARTICIPATION_DB_USER:participation}",
        password = "${ENV=PARTICIPATION_DB_PASSWORD:}",
        minPoolSize = 2,
        maxPoolSize = 40,
        isolationLevel = Connection.TRANSACTION_READ_COMMITTED,
        properties = {
                "fish.payara.is-isolation-level-guaranteed=false",
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation",
                "fish.payara.fail-all-connections=true",
                "fish.payara.validate-atmost-once-period-in-seconds=2"
        })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SchemaMigration {

    public static final String DATA_SOURCE = "java:app/jdbc/participation";
    static final String SCHEMA_LOCATION = "classpath:db/migration";
    static final String DEMO_LOCATION = "classpath:db/demo";

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "participation.demo-data", defaultValue = "false")
    boolean demoData;

    /** Demo content that SQL cannot carry (files beside their rows), from the features: run with the demo sets. */
    @Inject
    @Any
    Instance<JavaMigration> demoMigrations;

    private volatile String currentVersion;
    private volatile String lastFailure = "not yet migrated";

    @PostConstruct
    void atStart() {
        migrate();
    }

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    void retryUntilMigrated() {
        if (currentVersion == null) {
            migrate();
        }
    }

    /** Migrates the schema if needed; returns whether the schema is now current. Never throws. */
    public synchronized boolean migrate() {
        if (currentVersion != null) {
            return true;
        }
        try {
            long started = System.nanoTime();
            MigrateResult result = flyway().migrate();
            currentVersion = result.targetSchemaVersion != null ? result.targetSchemaVersion
                    : flyway().info().current().getVersion().getVersion();
            lastFailure = null;
            LOG.info(() -> String.format("Schema at version %s (%d migrations applied, demo data %s) in %d ms",
                    currentVersion, result.migrationsExecuted, demoData ? "on" : "off",
                    (System.nanoTime() - started) / 1_000_000));
            return true;
        } catch (RuntimeException e) {
            lastFailure = e.getMessage();
            LOG.log(Level.WARNING, "Database migration failed, will retry in 10 s: {0}", e.getMessage());
            return false;
        }
    }

    /** The schema version reached by this node, or null while the migrations have not run. */
    /** Whether this node has brought the schema up to date since it started: jobs wait for it. */
    public boolean isMigrated() {
        return currentVersion != null;
    }

    public String currentVersion() {
        return currentVersion;
    }

    public String lastFailure() {
        return lastFailure;
    }

    private Flyway flyway() {
        List<String> locations = new ArrayList<>(List.of(SCHEMA_LOCATION));
        List<JavaMigration> javaMigrations = new ArrayList<>();
        if (demoData) {
            locations.add(DEMO_LOCATION);
            demoMigrations.forEach(javaMigrations::add);
        }
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .javaMigrations(javaMigrations.toArray(JavaMigration[]::new))
                .validateMigrationNaming(true)
                .load();
    }
}
