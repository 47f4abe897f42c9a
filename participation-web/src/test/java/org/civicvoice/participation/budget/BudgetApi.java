package org.civicvoice.participation.budget;

import org.civicvoice.participation.testsupport.ApiClient;
import org.civicvoice.participation.testsupport.TestAccounts;
import org.civicvoice.participation.testsupport.TestDatabase;
import org.civicvoice.participation.testsupport.TestMail;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What budget tests do through the API and the database: officials of a body, routed cases, a value of a row. */
final class BudgetApi {

    static final Duration MAIL_WAIT = Duration.ofSeconds(60);

    private BudgetApi() {
    }

    /** A new official of the body, invited by the administrator, signed in. */
    static ApiClient official(URL base, ApiClient admin, String body, String suffix) {
        String email = "bud-official-" + body + "-" + suffix + "@example.org";
        HttpResponse<String> invited = admin.post("api/bodies/" + body + "/officials", "{\"email\":\"" + email
                + "\",\"position\":\"Budget officer\",\"role\":\"OFFICIAL\"}");
        assertEquals(202, invited.statusCode(), invited.body());
        String token = TestMail.tokenIn(TestMail.awaitMail(email, "invited", 0, MAIL_WAIT));
        HttpResponse<String> accepted = new ApiClient(base).post("api/invitations/acceptance", "{\"token\":\"" + token
                + "\",\"password\":\"" + TestAccounts.PASSWORD + "\",\"displayName\":\"Bo Budget\"}");
        assertEquals(204, accepted.statusCode(), accepted.body());
        ApiClient client = new ApiClient(base);
        assertEquals(200, client.signIn(email, TestAccounts.PASSWORD).statusCode());
        return client;
    }

    /** The routing case of the project's feasibility review, once routing opened it (null after 30 s). */
    static Long awaitCase(long project) {
        long until = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < until) {
            Long found = number("SELECT id FROM rte_case WHERE item_kind = 'BUDGET_PROJECT' AND item_id = ?", project);
            if (found != null) {
                return found;
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    static Long number(String sql, Object... parameters) {
        Object value = value(sql, parameters);
        return value == null ? null : ((Number) value).longValue();
    }

    static String text(String sql, Object... parameters) {
        Object value = value(sql, parameters);
        return value == null ? null : value.toString();
    }

    private static Object value(String sql, Object... parameters) {
        try (Connection db = DriverManager.getConnection(TestDatabase.jdbcUrl(), "root", "");
             PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getObject(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
