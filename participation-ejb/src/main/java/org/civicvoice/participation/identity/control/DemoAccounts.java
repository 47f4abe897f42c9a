package org.civicvoice.participation.identity.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.civicvoice.participation.shared.DemoMigration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Demo content (development mode only, run once with the demo sets after the role accounts of {@code V15_2}):
 * when the launcher hands over a demo password ({@code PARTICIPATION_DEMO_PASSWORD}, made at the first start and
 * printed by the launcher at every start), the demo accounts of each role get it, and a platform administrator is
 * added. Without a password nothing happens: the demo accounts cannot sign in, and the administrator comes by the
 * usual invitation.
 */
@Dependent
public class DemoAccounts extends DemoMigration {

    /** The demo accounts that sign in with the demo password, one per role. */
    public static final List<String> WITH_PASSWORD = List.of("citizen@demo.invalid", "official@demo.invalid",
            "approver@demo.invalid", "body-admin@demo.invalid", "committee@demo.invalid", "moderator@demo.invalid",
            "admin@demo.invalid");
    private static final String ADMINISTRATOR = "admin@demo.invalid";

    @Inject
    Passwords passwords;

    @Inject
    @ConfigProperty(name = "participation.demo-password")
    Optional<String> password;

    public DemoAccounts() {
        super("15.3", "demo accounts per role");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        if (password.map(String::isBlank).orElse(true)) {
            return;
        }
        String hash = passwords.hashOf(password.get());
        Connection connection = context.getConnection();
        try (PreparedStatement admin = connection.prepareStatement("""
                INSERT INTO idn_account (account_key, email, email_verified_at, display_name, language, assurance,
                                         created_at)
                VALUES (?, ?, CURRENT_TIMESTAMP(6), 'Ada Administrator', 'en', 'EMAIL_VERIFIED', CURRENT_TIMESTAMP(6))""")) {
            admin.setString(1, UUID.randomUUID().toString());
            admin.setString(2, ADMINISTRATOR);
            admin.executeUpdate();
        }
        try (PreparedStatement role = connection.prepareStatement("""
                INSERT INTO idn_role (account_id, role) SELECT id, 'PLATFORM_ADMIN' FROM idn_account WHERE email = ?""")) {
            role.setString(1, ADMINISTRATOR);
            role.executeUpdate();
        }
        try (PreparedStatement set = connection.prepareStatement(
                "UPDATE idn_account SET password_hash = ? WHERE email = ?")) {
            for (String email : WITH_PASSWORD) {
                set.setString(1, hash);
                set.setString(2, email);
                set.addBatch();
            }
            set.executeBatch();
        }
    }
}
