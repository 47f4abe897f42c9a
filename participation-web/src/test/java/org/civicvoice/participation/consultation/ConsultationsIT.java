package org.civicvoice.participation.consultation;

import org.civicvoice.participation.testsupport.ApiClient;
import org.civicvoice.participation.testsupport.Deployments;
import org.civicvoice.participation.testsupport.Json;
import org.civicvoice.participation.testsupport.MovableClock;
import org.civicvoice.participation.testsupport.TestAccounts;
import org.civicvoice.participation.testsupport.TestCitizens;
import org.civicvoice.participation.testsupport.TestClockResource;
import org.civicvoice.participation.testsupport.TestDatabase;
import org.civicvoice.participation.testsupport.TestMail;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A consultation through the real stack: an official of the body creates it, an import with broken numbering is
 * refused with its issues by line and stores nothing, a clean import becomes version 1; the scan opens it when its
 * date comes (the test moves the platform's clock), a citizen comments on a unit and the unit shows the count, a
 * comment the body marks as needing an answer opens one case through routing, and after closing a comment is
 * refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsultationsIT {

    private static final String PROBLEM = "urn:participation:problem:";
    private static final String BODY = "ministry-of-health";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static URL deployed;

    private static final String CLEAN = """
            Public Consultation Act

            1. peatükk
            Üldsätted

            § 1. Scope of the Act
            (1) This Act regulates how drafts are published for comment.
            (2) This Act applies to ministries.

            § 2. Definitions
            In this Act:
            1) draft means a draft legislative act;
            2) body means a public authority;
            2¹) official means a person acting for a body; [RT I, 12.03.2015, 3 – entry into force 01.07.2015]

            Chapter 2
            Procedure

            § 3. Publication
            (1) A body publishes a draft for at least four weeks.
            """;

    private static final String BROKEN = """
            1. peatükk
            Üldsätted

            § 1. Scope
            (1) First subsection.
            (3) A skipped number.
            """;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform(MovableClock.class, TestClockResource.class, TestClockResource.ClockDto.class,
                TestClockResource.OffsetDto.class, ConsultationScanResource.class);
    }

    @ArquillianResource
    URL base;

    @AfterAll
    static void resetClock() {
        if (deployed != null) {
            new ApiClient(deployed).put("api/test-clock", "{\"offsetSeconds\":0}");
        }
    }

    @Test
    void aConsultationIsImportedOpenedCommentedPerUnitAnsweredThroughRoutingAndClosed() {
        deployed = base;
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        ApiClient admin = TestAccounts.platformAdministrator(base);
        ApiClient official = official(admin, suffix);
        ApiClient citizen = TestCitizens.signedIn(base, "con-citizen", "DR-N-CAP");
        ApiClient anonymous = new ApiClient(base);

        Instant now = Instant.parse(Json.string(Json.parse(anonymous.get("api/test-clock").body()), "now"));
        String draft = """
                {"body":"%s","title":"Draft Public Consultation Act %s","summary":"How drafts are published.",
                 "topic":"health","region":"DR-N-CAP","opensAt":"%s","closesAt":"%s","contact":"drafts@health.example"}"""
                .formatted(BODY, suffix, now.plus(Duration.ofHours(1)), now.plus(Duration.ofHours(3)));
        assertEquals(403, citizen.post("api/consultations", draft).statusCode(), "only officials create");
        HttpResponse<String> created = official.post("api/consultations", draft);
        assertEquals(201, created.statusCode(), created.body());
        assertNotNull(created.headers().firstValue("Location").orElse(null));
        long number = Json.number(Json.parse(created.body()), "number");
        long version = Json.number(Json.parse(created.body()), "version");
        assertEquals(404, anonymous.get("api/consultations/" + number).statusCode(), "a draft is not public");

        // an import with broken numbering is refused with its issues by line, and nothing is stored
        HttpResponse<String> refused = official.post("api/consultations/" + number + "/versions",
                textJson(BROKEN, version));
        assertEquals(400, refused.statusCode(), refused.body());
        Object problem = Json.parse(refused.body());
        assertEquals(PROBLEM + "consultation.import.errors", Json.string(problem, "type"));
        Object issue = Json.list(problem, "issues").get(0);
        assertEquals(6L, Json.number(issue, "line"));
        assertEquals("lawtext.error.gap", Json.string(issue, "key"));
        assertTrue(Json.string(issue, "message").startsWith("Line 6"), refused.body());
        assertEquals(0L, query("SELECT COUNT(*) FROM con_version WHERE consultation_id = ?", number));

        HttpResponse<String> preview = official.post("api/consultations/" + number + "/preview",
                textJson(CLEAN, version));
        assertEquals(200, preview.statusCode(), preview.body());
        assertEquals(Boolean.TRUE, Json.at(Json.parse(preview.body()), "publishable"));

        HttpResponse<String> imported = official.post("api/consultations/" + number + "/versions",
                textJson(CLEAN, version));
        assertEquals(201, imported.statusCode(), imported.body());
        assertEquals(1L, Json.number(Json.parse(imported.body()), "version"));
        assertEquals(11L, Json.number(Json.parse(imported.body()), "units"));
        assertEquals(409, official.post("api/consultations/" + number + "/versions", textJson(CLEAN, version))
                .statusCode(), "an import on a version read before is stale");

        // the scan opens it once its date has come, not before
        assertEquals(200, anonymous.post("api/test-consultation-scan", "").statusCode());
        assertEquals(404, anonymous.get("api/consultations/" + number).statusCode(), "not open before its date");
        moveClock(anonymous, Duration.ofHours(2));
        assertEquals(200, anonymous.post("api/test-consultation-scan", "").statusCode());
        Object open = Json.parse(anonymous.get("api/consultations/" + number).body());
        assertEquals("OPEN", Json.string(open, "state"));
        List<Object> units = Json.list(open, "structure.units");
        assertEquals(11, units.size());
        Object clause = units.stream().filter(u -> "chp_1__sec_2__para_2-1".equals(Json.string(u, "eId")))
                .findFirst().orElseThrow();
        assertEquals("2¹)", Json.string(clause, "label"));
        assertEquals(List.of("RT I, 12.03.2015, 3 – entry into force 01.07.2015"), Json.list(clause, "notes"));
        assertEquals(0L, Json.number(clause, "comments"));
        String unitKey = Json.string(clause, "key");

        // a comment on the unit shows in its count; HTML stays text
        HttpResponse<String> commented = citizen.post("api/consultations/" + number + "/comments", """
                {"unit":"%s","quote":"acting for a body","text":"Say <b>which</b> persons count.<script>alert(1)</script>"}"""
                .formatted(unitKey));
        assertEquals(201, commented.statusCode(), commented.body());
        String location = commented.headers().firstValue("Location").orElseThrow();
        long comment = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertEquals(201, citizen.post("api/consultations/" + number + "/comments",
                "{\"text\":\"On the whole draft.\"}").statusCode());
        assertEquals(404, citizen.post("api/consultations/" + number + "/comments",
                "{\"unit\":\"no-such-unit\",\"text\":\"Lost.\"}").statusCode());
        Object counted = Json.parse(citizen.get("api/consultations/" + number).body());
        Object after = Json.list(counted, "structure.units").stream()
                .filter(u -> unitKey.equals(Json.string(u, "key"))).findFirst().orElseThrow();
        assertEquals(1L, Json.number(after, "comments"));
        assertEquals(1L, Json.number(counted, "structure.draftComments"));
        List<?> onUnitComments = (List<?>) Json.parse(citizen.get("api/consultations/" + number
                + "/comments?unit=" + unitKey).body());
        assertEquals(1, onUnitComments.size());
        Object onUnit = onUnitComments.get(0);
        assertEquals("Say <b>which</b> persons count.<script>alert(1)</script>", Json.string(onUnit, "text"));

        HttpResponse<String> page = new ApiClient(base).get("consultation/view.xhtml?number=" + number);
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("id=\"chp_1__sec_2__para_2-1\""), page.body());
        assertTrue(page.body().contains("Comments: 1"), "the page shows the unit's count");
        assertFalse(page.body().contains("<script>alert(1)</script>"), "comments are not on the page, and never raw");
        assertTrue(page.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                "an anonymous reader gets no session: " + page.headers().allValues("Set-Cookie"));

        assertEquals(201, citizen.post("api/consultations/" + number + "/comments/" + comment + "/supports", "")
                .statusCode());
        assertEquals(409, citizen.post("api/consultations/" + number + "/comments/" + comment + "/supports", "")
                .statusCode(), "one support per person");

        // the body marks the comment as needing an answer: one case, also when marked twice
        assertEquals(403, citizen.post("api/consultations/" + number + "/comments/" + comment + "/answer-request",
                "").statusCode());
        assertEquals(204, official.post("api/consultations/" + number + "/comments/" + comment + "/answer-request",
                "").statusCode());
        assertEquals(204, official.post("api/consultations/" + number + "/comments/" + comment + "/answer-request",
                "").statusCode());
        Long routed = awaitCase(comment);
        assertNotNull(routed, "routing opened a case for the comment");
        assertEquals(1L, query("""
                SELECT COUNT(*) FROM rte_case WHERE item_kind = 'CONSULTATION_COMMENT' AND item_id = ?""", comment));

        // after closing, a comment is refused with a clear message
        moveClock(anonymous, Duration.ofHours(4));
        assertEquals(200, anonymous.post("api/test-consultation-scan", "").statusCode());
        assertEquals("CLOSED", Json.string(Json.parse(anonymous.get("api/consultations/" + number).body()), "state"));
        HttpResponse<String> late = citizen.post("api/consultations/" + number + "/comments",
                "{\"text\":\"Too late.\"}");
        assertEquals(409, late.statusCode(), late.body());
        assertEquals(PROBLEM + "consultation.comment.closed", Json.string(Json.parse(late.body()), "type"));

        // version 2 after closing: a section inserted before § 2 renumbers it, and the comment stays with its clause
        long closedVersion = Json.number(Json.parse(official.get("api/consultations/" + number + "/own").body()),
                "version");
        String second = CLEAN.replace("§ 2. Definitions", "§ 2. Principles\n(1) Consultations are open to all.\n\n"
                + "§ 3. Definitions").replace("§ 3. Publication", "§ 4. Publication").replace("four weeks", "six weeks");
        HttpResponse<String> v2 = official.post("api/consultations/" + number + "/versions",
                textJson(second, closedVersion));
        assertEquals(201, v2.statusCode(), v2.body());
        assertEquals(2L, Json.number(Json.parse(v2.body()), "version"));
        Object renumbered = Json.list(Json.parse(anonymous.get("api/consultations/" + number + "/versions/2").body()),
                "units").stream().filter(u -> unitKey.equals(Json.string(u, "key"))).findFirst().orElseThrow();
        assertEquals("chp_1__sec_3__para_2-1", Json.string(renumbered, "eId"));
        assertEquals(1L, Json.number(renumbered, "comments"), "the comment follows its unit into version 2");
        HttpResponse<String> diff = anonymous.get("api/consultations/" + number + "/versions/1/diff/2");
        assertEquals(200, diff.statusCode(), diff.body());
        Object compared = Json.parse(diff.body());
        assertEquals(2L, Json.number(compared, "inserted"));
        assertEquals(2L, Json.number(compared, "renumbered"), "§ 2 and § 3 moved on");
        assertEquals(1L, Json.number(compared, "changed"));
        Object changed = Json.list(compared, "units").stream()
                .filter(u -> Json.list(u, "changes").contains("CHANGED")).findFirst().orElseThrow();
        assertTrue(Json.list(changed, "words").stream().anyMatch(w -> "DELETE".equals(Json.string(w, "op"))
                && "four".equals(Json.string(w, "text"))), diff.body());

        HttpResponse<String> list = anonymous.get("api/consultations?state=closed&body=" + BODY + "&limit=50");
        assertEquals(200, list.statusCode(), list.body());
        assertTrue(list.headers().firstValue("Cache-Control").orElse("").contains("max-age"), list.headers().toString());
        assertTrue(list.body().contains("\"number\":" + number + ","), list.body());
        assertFalse(list.body().contains("\"state\":\"DRAFT\""));
        assertNull(query("SELECT id FROM con_comment WHERE consultation_id = ? AND text = 'Too late.'", number));
    }

    private static String textJson(String text, long version) {
        return "{\"text\":\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
                + "\",\"version\":" + version + "}";
    }

    private static void moveClock(ApiClient client, Duration by) {
        assertEquals(200, client.put("api/test-clock", "{\"offsetSeconds\":" + by.toSeconds() + "}").statusCode());
    }

    private ApiClient official(ApiClient admin, String suffix) {
        String email = "con-official-" + suffix + "@example.org";
        HttpResponse<String> invited = admin.post("api/bodies/" + BODY + "/officials", "{\"email\":\"" + email
                + "\",\"position\":\"Legal drafter\",\"role\":\"OFFICIAL\"}");
        assertEquals(202, invited.statusCode(), invited.body());
        String token = TestMail.tokenIn(TestMail.awaitMail(email, "invited", 0, WAIT));
        HttpResponse<String> accepted = new ApiClient(base).post("api/invitations/acceptance", "{\"token\":\"" + token
                + "\",\"password\":\"" + TestAccounts.PASSWORD + "\",\"displayName\":\"Dana Drafter\"}");
        assertEquals(204, accepted.statusCode(), accepted.body());
        ApiClient client = new ApiClient(base);
        assertEquals(200, client.signIn(email, TestAccounts.PASSWORD).statusCode());
        return client;
    }

    private static Long awaitCase(long comment) {
        long until = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < until) {
            Long found = query("""
                    SELECT id FROM rte_case WHERE item_kind = 'CONSULTATION_COMMENT' AND item_id = ?
                    AND case_type = 'CONSULTATION_COMMENT'""", comment);
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

    private static Long query(String sql, Object... parameters) {
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
}
