package org.civicvoice.participation.routing;

import org.civicvoice.participation.testsupport.ApiClient;
import org.civicvoice.participation.testsupport.TestDatabase;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A body of its own with three cases written straight into the database, so that the transparency figures have
 * something known to show: one answered in 2 days (on time), one in 10 days (late), one open and overdue. Its
 * median time to answer is 6 days, its share on time 50 %. {@link #close()} deletes the cases again.
 */
final class TransparencyCases implements AutoCloseable {

    final String slug;
    final String name;

    private TransparencyCases(String slug, String name) {
        this.slug = slug;
        this.name = name;
    }

    static TransparencyCases of(ApiClient administrator) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        TransparencyCases cases = new TransparencyCases("answer-office-" + suffix, "Answer Office " + suffix);
        HttpResponse<String> body = administrator.post("api/bodies", "{\"slug\":\"" + cases.slug + "\",\"name\":\""
                + cases.name + "\",\"kind\":\"AGENCY\",\"parent\":null,\"region\":\"DR\",\"description\":\"Answers\","
                + "\"topics\":[]}");
        if (body.statusCode() != 201) {
            throw new AssertionError("the body was not created: " + body.body());
        }
        try {
            cases.insert();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return cases;
    }

    private void insert() throws SQLException {
        long item = 8_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        String insert = """
                INSERT INTO rte_case (case_type, item_kind, item_id, title, item_link, body_id, state, route_reason_key,
                                      created_at, due_at, answered_at)
                SELECT 'PROPOSAL', 'PROPOSAL', ?, 'Transparency test', '/', b.id, ?, 'routing.reason.addressed',
                       NOW(6) - INTERVAL ? DAY, NOW(6) - INTERVAL ? DAY + INTERVAL 5 DAY,
                       CASE WHEN ? THEN NOW(6) - INTERVAL ? DAY + INTERVAL ? DAY END
                FROM org_body b WHERE b.slug = ?""";
        Object[][] cases = {{"ANSWERED", 20, 2}, {"CLOSED", 30, 10}, {"NEW", 6, null}};
        try (Connection db = DriverManager.getConnection(TestDatabase.jdbcUrl(), "root", "");
             PreparedStatement statement = db.prepareStatement(insert)) {
            for (int i = 0; i < cases.length; i++) {
                int daysAgo = (Integer) cases[i][1];
                Integer answeredAfter = (Integer) cases[i][2];
                statement.setLong(1, item + i);
                statement.setString(2, (String) cases[i][0]);
                statement.setInt(3, daysAgo);
                statement.setInt(4, daysAgo);
                statement.setBoolean(5, answeredAfter != null);
                statement.setInt(6, daysAgo);
                statement.setInt(7, answeredAfter == null ? 0 : answeredAfter);
                statement.setString(8, slug);
                if (statement.executeUpdate() != 1) {
                    throw new AssertionError("no case written for " + slug);
                }
            }
        }
    }

    @Override
    public void close() throws SQLException {
        try (Connection db = DriverManager.getConnection(TestDatabase.jdbcUrl(), "root", "");
             PreparedStatement statement = db.prepareStatement(
                     "DELETE FROM rte_case WHERE body_id = (SELECT id FROM org_body WHERE slug = ?)")) {
            statement.setString(1, slug);
            statement.executeUpdate();
        }
    }
}
