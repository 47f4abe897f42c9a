package org.civicvoice.participation.proposal;

import org.civicvoice.participation.testsupport.ApiClient;
import org.civicvoice.participation.testsupport.Json;
import org.civicvoice.participation.testsupport.TestAccounts;
import org.civicvoice.participation.testsupport.TestCitizens;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The steps proposal tests repeat, through the JSON API: citizens, a moderator, officials, proposals up to PUBLISHED. */
final class ProposalApi {

    static final Duration SETTLE = Duration.ofSeconds(20);
    static final Duration MAIL_WAIT = Duration.ofSeconds(60);
    static final String BODY = "ministry-of-health";

    private final URL base;
    final String suffix = UUID.randomUUID().toString().substring(0, 8);
    final ApiClient admin;
    final ApiClient moderator;

    ProposalApi(URL base) {
        this.base = base;
        this.admin = TestAccounts.platformAdministrator(base);
        ApiClient candidate = TestCitizens.signedIn(base, "prp-moderator", "DR-N-01");
        assertEquals(204, admin.put("api/roles/MODERATOR/members/" + candidate.accountKey(), "").statusCode());
        this.moderator = new ApiClient(base);
        assertEquals(200, moderator.signIn(emailOf(candidate), TestCitizens.PASSWORD).statusCode());
    }

    ApiClient citizen(String prefix) {
        return TestCitizens.signedIn(base, prefix, "DR-N-CAP");
    }

    List<ApiClient> citizens(String prefix, int n) {
        return TestCitizens.signedIn(base, prefix, "example.org", "DR-N-CAP", n);
    }

    /** An official of the body with the role, invited by the administrator and signed in. */
    Official official(String body, String role, String name) {
        String email = "prp-" + role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        HttpResponse<String> invited = admin.post("api/bodies/" + body + "/officials", "{\"email\":\"" + email
                + "\",\"position\":\"Case officer\",\"role\":\"" + role + "\"}");
        assertEquals(202, invited.statusCode(), invited.body());
        String token = TestMail.tokenIn(TestMail.awaitMail(email, "invited", 0, MAIL_WAIT));
        HttpResponse<String> accepted = new ApiClient(base).post("api/invitations/acceptance", "{\"token\":\"" + token
                + "\",\"password\":\"" + TestAccounts.PASSWORD + "\",\"displayName\":\"" + name + "\"}");
        assertEquals(204, accepted.statusCode(), accepted.body());
        ApiClient client = new ApiClient(base);
        assertEquals(200, client.signIn(email, TestAccounts.PASSWORD).statusCode());
        return new Official(client, email, name);
    }

    record Official(ApiClient client, String email, String name) {
    }

    static String draftJson(String title, String topic, Long call) {
        return """
                {"title":"%s","kind":"ADMINISTRATIVE_ACTION","change":"Do what the title says.",
                 "reason":"Because it matters to many people.","topic":"%s","region":"DR-N-CAP","body":"%s",
                 "call":%s}""".formatted(title, topic, BODY, call == null ? "null" : call.toString());
    }

    long draft(ApiClient author, String title, String topic, Long call) {
        HttpResponse<String> created = author.post("api/proposals", draftJson(title, topic, call));
        assertEquals(201, created.statusCode(), created.body());
        return Json.number(Json.parse(created.body()), "number");
    }

    long inModeration(ApiClient author, String title, String topic, Long call) {
        long number = draft(author, title, topic, call);
        HttpResponse<String> submitted = author.post("api/proposals/" + number + "/submission", "");
        assertEquals(200, submitted.statusCode(), submitted.body());
        assertEquals("IN_MODERATION", Json.string(Json.parse(submitted.body()), "state"));
        return number;
    }

    long published(ApiClient author, String title, String topic, Long call) {
        long number = inModeration(author, title, topic, call);
        HttpResponse<String> published = moderator.post("api/proposals/" + number + "/publication",
                "{\"version\":" + version(moderator, number) + "}");
        assertEquals(200, published.statusCode(), published.body());
        assertEquals("PUBLISHED", Json.string(Json.parse(published.body()), "state"));
        return number;
    }

    Object read(ApiClient reader, long number) {
        HttpResponse<String> read = reader.get("api/proposals/" + number);
        assertEquals(200, read.statusCode(), read.body());
        return Json.parse(read.body());
    }

    long version(ApiClient reader, long number) {
        return Json.number(read(reader, number), "version");
    }

    int supports(long number) {
        return (int) Json.number(read(new ApiClient(base), number), "supports");
    }

    /** Waits until the count shows {@code expected} (folds run every second; anonymous reads may be cached 5 s). */
    void awaitSupports(long number, int expected) {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        int last = -1;
        while (System.nanoTime() < deadline) {
            last = (int) Json.number(read(moderator, number), "supports");
            if (last == expected) {
                return;
            }
            pause(300);
        }
        assertEquals(expected, last, "supports of proposal " + number);
    }

    static List<String> timelineKinds(Object detail) {
        List<String> kinds = new ArrayList<>();
        for (Object event : Json.list(detail, "timeline")) {
            kinds.add(Json.string(event, "kind"));
        }
        return kinds;
    }

    static String emailOf(ApiClient client) {
        return client.get("api/accounts/me").body().replaceAll("(?s).*\"email\":\"([^\"]+)\".*", "$1");
    }

    /** The number of the case routing opened for the proposal, if any. */
    static Long caseOf(long proposal) {
        return query("SELECT id FROM rte_case WHERE item_kind = 'PROPOSAL' AND item_id = ? AND case_type = 'PROPOSAL'",
                proposal);
    }

    static Long query(String sql, Object... parameters) {
        try (Connection db = DriverManager.getConnection(TestDatabase.jdbcUrl(), "root", "");
             PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getLong(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
