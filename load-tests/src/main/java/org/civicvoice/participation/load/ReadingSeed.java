package org.civicvoice.participation.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/**
 * Seeds what the reading benchmark reads: one open national petition by a new verified citizen, through JDBC like
 * the signing benchmark's seeding; prints the petition's number (its id) and nothing else.
 */
public final class ReadingSeed {

    private ReadingSeed() {
    }

    public static void main(String[] args) throws SQLException {
        BenchmarkSettings settings = BenchmarkSettings.from(System.getenv());
        String run = "reading-" + Long.toString(System.currentTimeMillis(), 36);
        try (Connection db = DriverManager.getConnection(settings.jdbcUrl(), settings.dbUser(),
                settings.dbPassword())) {
            List<Citizen> author = Seeding.citizens(db, run, 1, 1);
            System.out.println(Seeding.openPetition(db, author.get(0), run));
        }
    }
}
