package org.civicvoice.participation.shared;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Demo content that SQL cannot carry, from a feature: run once by the schema migration with the demo sets
 * (development only), at its version among them, in the migration's transaction.
 */
public abstract class DemoMigration implements JavaMigration {

    private final MigrationVersion version;
    private final String description;

    /** @param version where it runs among the demo sets, after the one it builds on (for example {@code 14.1}) */
    protected DemoMigration(String version, String description) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
    }

    @Override
    public MigrationVersion getVersion() {
        return version;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }
}
