package org.civicvoice.participation.consultation;

import org.civicvoice.participation.testsupport.ApiClient;
import org.civicvoice.participation.testsupport.Deployments;
import org.civicvoice.participation.testsupport.Http;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A consultation through the real stack: an official of the body creates it, an import with broken numbering is
 * refused with its issues by line and stores nothing, a clean import becomes version 1; the scan opens it when its
 * date comes (the test moves the platform's clock), a citizen comments on a unit through the API and through the
 * comment page (a text too long is refused next to its field) and the unit shows the count, a comment the body
 * marks as needing an answer opens one case through routing, and after closing a comment is refused, on the page
 * with what was typed kept; the comparison page shows the next version's changes unit by unit.
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

    @AfterEach
    void clockBackToNow() {
        new ApiClient(base).put("api/test-clock", "{\"offsetSeconds\":0}");
    }

    @AfterAll
    static void resetClock() {
        if (deployed != null) {
            new ApiClient(deployed).put("api/test-clock", "{\"offsetSeconds\":0}");
        }
    }

    @Test
    void aConsultationIsImportedOpenedCommentedPerUnitAnsweredThroughRoutingAndClosed() throws Exception {
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
        assertTrue(page.body().contains("consultation/comment.xhtml?number=" + number + "&amp;unit=" + unitKey),
                "each unit of an open consultation links to its comment page");

        // the comment page: the unit's text, a text too long refused next to its field with what was typed kept
        PageSession commenting = PageSession.signedIn(base, emailOf(citizen));
        HttpResponse<String> form = commenting.get("consultation/comment.xhtml?number=" + number + "&unit=" + unitKey);
        assertEquals(200, form.statusCode(), form.body());
        assertTrue(form.body().contains("official means a person acting for a body"), form.body());
        HttpResponse<String> tooLong = commenting.submit(form.body(), "comment",
                Map.of("quote", "acting for a body", "text", "x".repeat(5001)), "submit");
        assertEquals(200, tooLong.statusCode(), tooLong.body());
        assertTrue(tooLong.body().contains("A comment has 1 to"), tooLong.body());
        assertTrue(tooLong.body().contains("acting for a body</textarea>"), "the form keeps what was typed");
        HttpResponse<String> viaPage = commenting.submit(tooLong.body(), "comment",
                Map.of("quote", "", "text", "Through the page."), "submit");
        assertEquals(302, viaPage.statusCode(), viaPage.body());
        assertTrue(viaPage.headers().firstValue("Location").orElse("")
                .endsWith("consultation/view.xhtml?number=" + number + "#chp_1__sec_2__para_2-1"),
                viaPage.headers().toString());
        assertEquals(1L, query("SELECT COUNT(*) FROM con_comment WHERE consultation_id = ? AND unit_key = ?"
                + " AND text = 'Through the page.'", number, unitKey));
        String kept = commenting.get("consultation/comment.xhtml?number=" + number + "&unit=" + unitKey).body();
        assertFalse(new ApiClient(base).get("consultation/comment.xhtml?number=" + number).body()
                .contains("comment:submit"), "the comment page asks for a signed-in citizen");

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
        HttpResponse<String> lateViaPage = commenting.submit(kept, "comment",
                Map.of("text", "Typed before closing."), "submit");
        assertEquals(200, lateViaPage.statusCode(), lateViaPage.body());
        assertTrue(lateViaPage.body().contains("This consultation no longer takes comments."), lateViaPage.body());
        assertTrue(lateViaPage.body().contains("Typed before closing.</textarea>"), "the page keeps what was typed");
        assertNull(query("SELECT id FROM con_comment WHERE consultation_id = ? AND text = 'Typed before closing.'",
                number));
        assertTrue(commenting.get("consultation/comment.xhtml?number=" + number + "&unit=" + unitKey).body()
                .contains("id=\"not-open\""), "a closed consultation's comment page says it takes no comments");

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
        assertEquals(2L, Json.number(renumbered, "comments"), "the comments follow their unit into version 2");
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
        HttpResponse<String> diffPage = anonymous.get("consultation/diff.xhtml?number=" + number + "&from=1&to=2");
        assertEquals(200, diffPage.statusCode(), diffPage.body());
        assertTrue(diffPage.body().contains("<del>four</del>") && diffPage.body().contains("<ins>six</ins>"),
                diffPage.body());
        assertTrue(diffPage.body().contains("id=\"chp_1__sec_3__para_2-1\""), "units are named by their eId");
        assertTrue(diffPage.body().contains("diff-badge--inserted") && diffPage.body().contains("diff-badge--renumbered"),
                "inserted and renumbered units are marked");
        assertTrue(diffPage.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")));

        HttpResponse<String> list = anonymous.get("api/consultations?state=closed&body=" + BODY + "&limit=50");
        assertEquals(200, list.statusCode(), list.body());
        assertTrue(list.headers().firstValue("Cache-Control").orElse("").contains("max-age"), list.headers().toString());
        assertTrue(list.body().contains("\"number\":" + number + ","), list.body());
        assertFalse(list.body().contains("\"state\":\"DRAFT\""));
        assertNull(query("SELECT id FROM con_comment WHERE consultation_id = ? AND text = 'Too late.'", number));
    }

    @Test
    void dispositionsAfterClosingLeadToAReportWithExactFiguresMailedToFollowersAsCsvAndAkomaNtoso() throws Exception {
        deployed = base;
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        ApiClient admin = TestAccounts.platformAdministrator(base);
        ApiClient official = official(admin, suffix);
        ApiClient stranger = official(admin, "edu-" + suffix, "ministry-of-education");
        ApiClient citizen = TestCitizens.signedIn(base, "con-disp-citizen", "DR-N-CAP");
        ApiClient organisation = TestCitizens.signedIn(base, "con-disp-union", "DR-N-01");
        ApiClient follower = TestCitizens.signedIn(base, "con-disp-follower", "DR-N-01");
        ApiClient anonymous = new ApiClient(base);
        long number = openConsultation(official, anonymous, suffix);
        List<Object> units = Json.list(Json.parse(anonymous.get("api/consultations/" + number).body()),
                "structure.units");
        String clause = keyOf(units, "chp_1__sec_2__para_2-1");
        String publication = keyOf(units, "chp_2__sec_3__subsec_1");

        long onClause = comment(citizen, number, "{\"unit\":\"%s\",\"text\":\"Name the persons.\"}".formatted(clause));
        long onDraft = comment(citizen, number, "{\"text\":\"A good draft overall.\"}");
        long forUnion = comment(organisation, number,
                "{\"unit\":\"%s\",\"text\":\"Eight weeks, please.\",\"onBehalfOf\":\"Health Workers Union\"}"
                        .formatted(publication));
        long reply = comment(organisation, number, "{\"replyTo\":%d,\"text\":\"Agreed.\"}".formatted(onClause));
        assertEquals(204, follower.put("api/consultations/" + number + "/following", "{\"follow\":true}").statusCode());
        assertEquals(204, citizen.put("api/consultations/" + number + "/following", "{\"follow\":true}").statusCode());
        assertEquals(204, citizen.put("api/consultations/" + number + "/following", "{\"follow\":true}").statusCode());
        assertEquals(2L, query("SELECT COUNT(*) FROM con_follower WHERE consultation_id = ?", number),
                "one row per person");
        int anonymousFollow = anonymous.put("api/consultations/" + number + "/following", "{}").statusCode();
        assertTrue(anonymousFollow == 401 || anonymousFollow == 403, "only signed-in people follow: " + anonymousFollow);

        long version = ownVersion(official, number);
        HttpResponse<String> early = dispose(official, number, version, List.of(onDraft), "OUT_OF_SCOPE", null, null);
        assertEquals(409, early.statusCode(), early.body());
        assertEquals(PROBLEM + "consultation.state.wrong", Json.string(Json.parse(early.body()), "type"));

        advanceClock(anonymous, Duration.ofHours(2));
        assertEquals(200, anonymous.post("api/test-consultation-scan", "").statusCode());
        version = ownVersion(official, number);

        HttpResponse<String> otherBody = dispose(stranger, number, version, List.of(onDraft), "OUT_OF_SCOPE", null,
                null);
        assertEquals(403, otherBody.statusCode(), otherBody.body());
        assertEquals(PROBLEM + "consultation.notOfficial", Json.string(Json.parse(otherBody.body()), "type"));
        assertEquals(403, dispose(citizen, number, version, List.of(onDraft), "OUT_OF_SCOPE", null, null).statusCode());
        HttpResponse<String> noReason = dispose(official, number, version, List.of(forUnion), "NOT_ACCEPTED", " ", null);
        assertEquals(400, noReason.statusCode(), noReason.body());
        assertEquals(PROBLEM + "consultation.disposition.reasonRequired",
                Json.string(Json.parse(noReason.body()), "type"));
        assertEquals(400, dispose(official, number, version, List.of(reply), "ACCEPTED", null, null).statusCode(),
                "a reply gets no disposition of its own");
        assertEquals(404, dispose(official, number, version, List.of(onDraft, 999_999_999L), "ACCEPTED", null, null)
                .statusCode());
        assertEquals(404, dispose(official, number, version, List.of(onClause), "ACCEPTED", null, "no-such-unit")
                .statusCode());

        HttpResponse<String> missing = official.post("api/consultations/" + number + "/report",
                "{\"version\":" + version + "}");
        assertEquals(409, missing.statusCode(), missing.body());
        assertEquals(PROBLEM + "consultation.report.dispositionsMissing", Json.string(Json.parse(missing.body()), "type"));
        assertTrue(Json.string(Json.parse(missing.body()), "detail").contains("3"), missing.body());

        // in bulk, then one of them again: the latest decision on a comment stands
        HttpResponse<String> bulk = dispose(official, number, version, List.of(onClause, onDraft), "OUT_OF_SCOPE",
                "Not a matter for this Act.", null);
        assertEquals(200, bulk.statusCode(), bulk.body());
        assertEquals(version + 1, Json.number(Json.parse(bulk.body()), "version"));
        assertEquals(409, dispose(official, number, version, List.of(onClause), "ACCEPTED", null, clause).statusCode(),
                "a decision on a sheet read before another one is stale");
        version = version + 1;
        // two decisions sent at once on the same sheet: the consultation's row lock lets one through, the other is stale
        final long read = version;
        List<CompletableFuture<HttpResponse<String>>> race = List.of(
                CompletableFuture.supplyAsync(() -> dispose(official, number, read, List.of(onDraft), "OUT_OF_SCOPE",
                        "First.", null)),
                CompletableFuture.supplyAsync(() -> dispose(official, number, read, List.of(onDraft), "OUT_OF_SCOPE",
                        "Second.", null)));
        List<Integer> statuses = race.stream().map(f -> f.join().statusCode()).sorted().toList();
        assertEquals(List.of(200, 409), statuses, "one decision wins, the stale one overwrites nothing");
        version = ownVersion(official, number);
        assertEquals(read + 1, version);
        HttpResponse<String> accepted = dispose(official, number, version, List.of(onClause), "ACCEPTED",
                "The definition now names them.", clause);
        assertEquals(200, accepted.statusCode(), accepted.body());
        version = Json.number(Json.parse(accepted.body()), "version");
        missing = official.post("api/consultations/" + number + "/report", "{\"version\":" + version + "}");
        assertEquals(409, missing.statusCode());
        assertTrue(Json.string(Json.parse(missing.body()), "detail").contains("1"), missing.body());
        // the last one through the officials' page, as a browser sends it
        PageSession sheetSession = PageSession.signedIn(base, emailOf(official));
        String sheetHtml = sheetSession.get("consultation/dispositions.xhtml?number=" + number).body();
        assertTrue(sheetHtml.contains("Eight weeks, please."), sheetHtml);
        HttpResponse<String> saved = sheetSession.submit(sheetHtml, "sheet", Map.of("rows:2:disposition",
                "NOT_ACCEPTED", "rows:2:reason", "Four weeks are enough.", "rows:2:unit", ""), "rows:2:save");
        assertTrue(saved.statusCode() == 302 || saved.statusCode() == 303, saved.statusCode() + " " + saved.body());
        version = ownVersion(official, number);
        Object sheet = Json.parse(official.get("api/consultations/" + number + "/dispositions").body());
        assertEquals(0L, Json.number(sheet, "missing"));
        assertEquals(3, Json.list(sheet, "comments").size());

        assertEquals(404, anonymous.get("api/consultations/" + number + "/report").statusCode(),
                "no report before it is published");
        HttpResponse<String> sheetPage = official.get("consultation/dispositions.xhtml?number=" + number);
        assertEquals(200, sheetPage.statusCode(), sheetPage.body());
        assertTrue(sheetPage.body().contains("Eight weeks, please.") && sheetPage.body().contains("Four weeks are enough."),
                "the officials' sheet lists the comments with their dispositions");
        assertEquals(403, stranger.get("consultation/dispositions.xhtml?number=" + number).statusCode(),
                "an official of another body gets no sheet");
        String preview = sheetPage.body().substring(sheetPage.body().indexOf("id=\"preview\""));
        HttpResponse<String> published = official.post("api/consultations/" + number + "/report",
                "{\"version\":" + version + "}");
        assertEquals(201, published.statusCode(), published.body());
        Object reported = Json.parse(anonymous.get("api/consultations/" + number + "/report").body());
        assertTrue(preview.contains("<dt>Comments</dt><dd>" + Json.number(reported, "comments") + "</dd>")
                        && preview.contains("<dt>Participants</dt><dd>" + Json.number(reported, "participants")
                        + "</dd>"),
                "before publishing, the officials saw the figures the report now shows: " + preview);
        assertEquals("REPORT_PUBLISHED", Json.string(Json.parse(anonymous.get("api/consultations/" + number).body()),
                "state"));
        assertEquals(409, official.post("api/consultations/" + number + "/report",
                "{\"version\":" + ownVersion(official, number) + "}").statusCode(), "published once");

        // the comments carry their dispositions, the accepted one links to the unit it changed
        List<Object> comments = array(anonymous.get("api/consultations/" + number + "/comments").body());
        Object decided = comments.stream().filter(c -> Json.number(c, "id") == onClause).findFirst().orElseThrow();
        assertEquals("ACCEPTED", Json.string(decided, "disposition.disposition"));
        assertEquals("The definition now names them.", Json.string(decided, "disposition.reason"));
        assertEquals("chp_1__sec_2__para_2-1", Json.string(decided, "disposition.changedUnitEId"));
        Object union = comments.stream().filter(c -> Json.number(c, "id") == forUnion).findFirst().orElseThrow();
        assertEquals("NOT_ACCEPTED", Json.string(union, "disposition.disposition"));

        // the figures, exactly
        HttpResponse<String> report = anonymous.get("api/consultations/" + number + "/report");
        assertEquals(200, report.statusCode(), report.body());
        assertTrue(report.headers().firstValue("Cache-Control").orElse("").contains("max-age"));
        Object figures = Json.parse(report.body());
        assertEquals(3L, Json.number(figures, "comments"));
        assertEquals(2L, Json.number(figures, "participants"));
        assertEquals(1L, Json.number(figures, "citizens"));
        assertEquals(1L, Json.number(figures, "organisations"));
        assertEquals(List.of("", clause, publication), Json.list(figures, "perUnit").stream()
                .map(c -> Json.string(c, "key")).toList());
        assertEquals(List.of(1L, 1L, 1L), Json.list(figures, "perUnit").stream().map(c -> Json.number(c, "count"))
                .toList());
        assertEquals("2¹)", Json.string(Json.list(figures, "perUnit").get(1), "label"));
        assertEquals(List.of("ACCEPTED=1", "PARTLY_ACCEPTED=0", "NOT_ACCEPTED=1", "OUT_OF_SCOPE=1"),
                Json.list(figures, "perDisposition").stream()
                        .map(c -> Json.string(c, "key") + "=" + Json.number(c, "count")).toList());
        assertEquals(List.of("DR-N-01=1", "DR-N-CAP=1"), Json.list(figures, "byRegion").stream()
                .map(c -> Json.string(c, "key") + "=" + Json.number(c, "count")).toList());
        assertEquals(3L, Json.list(figures, "perDay").stream().mapToLong(c -> Json.number(c, "count")).sum());

        // followers hear of it by mail, once each
        String followerMail = TestMail.awaitMail(emailOf(follower), "report of a consultation", 0, WAIT);
        assertTrue(followerMail.contains("/consultation/view.xhtml?number=" + number), followerMail);
        TestMail.awaitMail(emailOf(citizen), "report of a consultation", 0, WAIT);
        assertEquals(0, TestMail.count(emailOf(organisation), "report of a consultation"), "not following");

        // the report as CSV: every comment with its unit, disposition and reason
        HttpResponse<String> csv = Http.get(base, "api/consultations/" + number + "/report.csv");
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<String> lines = csv.body().lines().toList();
        assertEquals(4, lines.size(), csv.body());
        assertTrue(lines.get(0).startsWith("comment,createdAt,unit,unitLabel"), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(onClause + ",") && l.contains("2¹)")
                && l.contains("ACCEPTED") && l.contains("The definition now names them.")), csv.body());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(forUnion + ",") && l.contains("Health Workers Union")
                && l.contains("NOT_ACCEPTED") && l.contains("Four weeks are enough.")), csv.body());

        HttpResponse<String> pdf = Http.get(base, "api/consultations/" + number + "/report.pdf?lang=km");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertTrue(pdf.body().startsWith("%PDF-"));

        // each version as Akoma Ntoso: the hierarchy with the eIds of the version
        HttpResponse<String> akn = Http.get(base, "api/consultations/" + number + "/versions/1/akn");
        assertEquals(200, akn.statusCode(), akn.body());
        assertNotNull(akn.headers().firstValue("ETag").orElse(null));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(akn.body().getBytes(
                StandardCharsets.UTF_8)));
        String akomaNtoso = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
        assertEquals(akomaNtoso, xml.getDocumentElement().getNamespaceURI());
        assertEquals("akomaNtoso", xml.getDocumentElement().getLocalName());
        Element body = (Element) xml.getElementsByTagNameNS(akomaNtoso, "body").item(0);
        NodeList inBody = body.getElementsByTagNameNS(akomaNtoso, "*");
        List<String> eIds = new ArrayList<>();
        for (int i = 0; i < inBody.getLength(); i++) {
            Element e = (Element) inBody.item(i);
            if (e.hasAttribute("eId") && !"authorialNote".equals(e.getLocalName())) {
                eIds.add(e.getAttribute("eId"));
            }
        }
        assertEquals(units.stream().map(u -> Json.string(u, "eId")).toList(), eIds);
        assertEquals(1, xml.getElementsByTagNameNS(akomaNtoso, "meta").getLength());
        assertEquals(2, xml.getElementsByTagNameNS(akomaNtoso, "chapter").getLength());

        HttpResponse<String> page = anonymous.get("consultation/view.xhtml?number=" + number);
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("id=\"report\""), "the page has the report");
        assertTrue(page.body().contains("The definition now names them."), "the page shows the reason");
        assertTrue(page.body().contains("href=\"#chp_1__sec_2__para_2-1\" class=\"comment__changed\""),
                "and links the changed unit");
        assertTrue(page.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")));
        HttpResponse<String> signedIn = organisation.get("consultation/view.xhtml?number=" + number);
        assertEquals(200, signedIn.statusCode(), signedIn.body());
        assertTrue(signedIn.body().contains("followButton"), "a signed-in reader may follow");
        assertTrue(citizen.get("consultation/view.xhtml?number=" + number).body().contains("unfollowButton"),
                "a follower may stop following");
    }

    @Test
    void moderatorsHideAndRestoreCommentsAndEnoughFlagsHoldOneForReview() throws Exception {
        deployed = base;
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        ApiClient admin = TestAccounts.platformAdministrator(base);
        ApiClient official = official(admin, suffix);
        ApiClient moderator = moderator(admin);
        ApiClient anonymous = new ApiClient(base);
        List<ApiClient> citizens = TestCitizens.signedIn(base, "con-flag", "example.org", "DR-N-CAP", 4);
        long number = openConsultation(official, anonymous, suffix);
        long rude = comment(citizens.get(0), number, "{\"text\":\"You are all fools.\"}");
        long doubted = comment(citizens.get(0), number, "{\"text\":\"Publication should be longer.\"}");

        String hiding = "api/consultations/" + number + "/comments/" + rude + "/hiding";
        assertEquals(403, citizens.get(1).post(hiding, "{\"reason\":\"Insults\"}").statusCode());
        assertEquals(400, moderator.post(hiding, "{\"reason\":\" \"}").statusCode(), "a reason is needed");
        assertEquals(204, moderator.post(hiding, "{\"reason\":\"Insults other readers\"}").statusCode());
        Object hidden = commentIn(anonymous, number, rude);
        assertEquals(Boolean.TRUE, Json.at(hidden, "hidden"));
        assertEquals("Insults other readers", Json.string(hidden, "hiddenReason"));
        assertNull(Json.at(hidden, "text"));
        assertNull(Json.at(hidden, "author"));
        assertEquals(204, moderator.delete(hiding).statusCode());
        assertEquals("You are all fools.", Json.string(commentIn(anonymous, number, rude), "text"));

        // three different people flag a comment: it is held for review and no longer shown or counted
        String flags = "api/consultations/" + number + "/comments/" + doubted + "/flags";
        for (int i = 1; i <= 2; i++) {
            assertEquals(204, citizens.get(i).post(flags, "{\"reason\":\"SPAM\"}").statusCode());
        }
        assertEquals(409, citizens.get(1).post(flags, "{\"reason\":\"SPAM\"}").statusCode(), "one flag per person");
        assertNotNull(commentIn(anonymous, number, doubted), "two flags do not hold it");
        assertEquals(204, citizens.get(3).post(flags, "{\"reason\":\"OFF_TOPIC\"}").statusCode());
        assertNull(commentIn(anonymous, number, doubted), "held for review");
        assertEquals(1L, Json.number(Json.parse(anonymous.get("api/consultations/" + number).body()),
                "structure.draftComments"));
        HttpResponse<String> queue = moderator.get("api/consultations/moderation?limit=500");
        assertEquals(200, queue.statusCode(), queue.body());
        assertTrue(array(queue.body()).stream().anyMatch(h -> Json.number(h, "comment") == doubted
                && Json.number(h, "flags") == 3L), queue.body());
        assertEquals(403, citizens.get(1).get("api/consultations/moderation").statusCode());

        // restored through the moderators' page, as a browser posts it
        PageSession moderation = PageSession.signedIn(base, emailOf(moderator));
        String queuePage = moderation.get("consultation/moderation.xhtml").body();
        Matcher form = Pattern.compile("id=\"comment-" + doubted + "\"[\\s\\S]*?<form id=\"(held:\\d+:decide)\"")
                .matcher(queuePage);
        assertTrue(form.find(), queuePage);
        assertTrue(queuePage.contains("Publication should be longer."));
        HttpResponse<String> restored = moderation.submit(queuePage, form.group(1), Map.of("reason", ""), "restore");
        assertTrue(restored.statusCode() == 302 || restored.statusCode() == 303, restored.statusCode() + restored.body());
        assertNotNull(commentIn(anonymous, number, doubted), "restored by a moderator");
        assertEquals(403, PageSession.signedIn(base, emailOf(citizens.get(1))).get("consultation/moderation.xhtml")
                .statusCode(), "only moderators review");
        assertEquals(204, citizens.get(0).post(flags, "{\"reason\":\"SPAM\"}").statusCode());
        assertNotNull(commentIn(anonymous, number, doubted), "only flags made after the restore count again");
    }

    @Test
    void questionsSetWhileDraftingAreAnsweredOncePerPersonAndCountedAfterClosing() {
        deployed = base;
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        ApiClient admin = TestAccounts.platformAdministrator(base);
        ApiClient official = official(admin, suffix);
        List<ApiClient> citizens = TestCitizens.signedIn(base, "con-answer", "example.org", "DR-N-CAP", 2);
        ApiClient anonymous = new ApiClient(base);
        Instant now = Instant.parse(Json.string(Json.parse(anonymous.get("api/test-clock").body()), "now"));
        HttpResponse<String> created = official.post("api/consultations", """
                {"body":"%s","title":"Draft Questions Act %s","summary":"With questions.","topic":"health",
                 "opensAt":"%s","closesAt":"%s","contact":"drafts@health.example"}"""
                .formatted(BODY, suffix, now.plus(Duration.ofMinutes(30)), now.plus(Duration.ofHours(2))));
        assertEquals(201, created.statusCode(), created.body());
        long number = Json.number(Json.parse(created.body()), "number");
        long version = Json.number(Json.parse(created.body()), "version");
        // the draft comes as a Word file; a file that is no document is refused and nothing is stored
        HttpResponse<String> notADocument = official.postText("api/consultations/" + number
                + "/versions/document?version=" + version, "application/octet-stream", "%PDF-1.4\u0000\u0001");
        assertEquals(400, notADocument.statusCode(), notADocument.body());
        assertEquals(PROBLEM + "lawtext.document.kind", Json.string(Json.parse(notADocument.body()), "type"));
        HttpResponse<String> fromWord = official.postBytes("api/consultations/" + number + "/versions/document?version="
                + version, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx(CLEAN));
        assertEquals(201, fromWord.statusCode(), fromWord.body());
        assertEquals(11L, Json.number(Json.parse(fromWord.body()), "units"), "the same units as the text");
        String questions = "api/consultations/" + number + "/questions";
        assertEquals(403, citizens.get(0).post(questions, "{\"kind\":\"FREE_TEXT\",\"text\":\"Anything else?\"}")
                .statusCode(), "only the body's officials ask");
        assertEquals(400, official.post(questions, "{\"kind\":\"SINGLE\",\"text\":\"Pick one\",\"options\":[\"Only\"]}")
                .statusCode(), "a choice needs two options");
        long single = Json.number(Json.parse(official.post(questions, """
                {"kind":"SINGLE","text":"How long should drafts stay open?","options":["Four weeks","Six weeks"]}""")
                .body()), "id");
        long multiple = Json.number(Json.parse(official.post(questions, """
                {"kind":"MULTIPLE","text":"Where should drafts be announced?","options":["Website","Newspaper","Radio"]}""")
                .body()), "id");
        long free = Json.number(Json.parse(official.post(questions, """
                {"kind":"FREE_TEXT","text":"What else should the act say?"}""").body()), "id");

        advanceClock(anonymous, Duration.ofHours(1));
        assertEquals(200, anonymous.post("api/test-consultation-scan", "").statusCode());
        assertEquals(409, official.post(questions, "{\"kind\":\"FREE_TEXT\",\"text\":\"Too late now?\"}")
                .statusCode(), "no new questions once open");
        List<Object> asked = array(citizens.get(0).get(questions).body());
        List<Long> singleOptions = Json.list(asked.get(0), "options").stream().map(o -> Json.number(o, "id")).toList();
        List<Long> placesOptions = Json.list(asked.get(1), "options").stream().map(o -> Json.number(o, "id")).toList();
        assertEquals(204, citizens.get(0).put(questions + "/" + single + "/answer",
                "{\"options\":[" + singleOptions.get(0) + "]}").statusCode());
        assertEquals(204, citizens.get(0).put(questions + "/" + single + "/answer",
                "{\"options\":[" + singleOptions.get(1) + "]}").statusCode(), "an answer can be changed");
        assertEquals(400, citizens.get(1).put(questions + "/" + single + "/answer",
                "{\"options\":[" + singleOptions.get(0) + "," + singleOptions.get(1) + "]}").statusCode(),
                "one option for a single choice");
        assertEquals(400, citizens.get(1).put(questions + "/" + single + "/answer",
                "{\"options\":[" + placesOptions.get(0) + "]}").statusCode(), "an option of another question");
        assertEquals(204, citizens.get(1).put(questions + "/" + single + "/answer",
                "{\"options\":[" + singleOptions.get(1) + "]}").statusCode());
        assertEquals(204, citizens.get(0).put(questions + "/" + multiple + "/answer",
                "{\"options\":[" + placesOptions.get(0) + "," + placesOptions.get(2) + "]}").statusCode());
        assertEquals(204, citizens.get(1).put(questions + "/" + free + "/answer",
                "{\"text\":\"Say who <b>decides</b>.\"}").statusCode());
        Object mine = array(citizens.get(0).get(questions).body()).get(0);
        assertEquals(List.of(singleOptions.get(1)), Json.list(mine, "myOptions").stream()
                .map(o -> ((Number) o).longValue()).toList());
        assertNull(Json.at(mine, "answered"), "no counts while the consultation is open");
        assertEquals(1L, query("SELECT COUNT(*) FROM con_response r JOIN idn_account a ON a.id = r.account_id "
                + "WHERE r.question_id = ? AND a.account_key = ?", single, citizens.get(0).accountKey()));

        advanceClock(anonymous, Duration.ofHours(2));
        assertEquals(200, anonymous.post("api/test-consultation-scan", "").statusCode());
        assertEquals(409, citizens.get(0).put(questions + "/" + free + "/answer", "{\"text\":\"Late.\"}")
                .statusCode());
        List<Object> counted = array(anonymous.get(questions).body());
        assertEquals(2L, Json.number(counted.get(0), "answered"));
        assertEquals(List.of(0L, 2L), Json.list(counted.get(0), "options").stream()
                .map(o -> Json.number(o, "chosen")).toList());
        assertEquals(List.of(1L, 0L, 1L), Json.list(counted.get(1), "options").stream()
                .map(o -> Json.number(o, "chosen")).toList());
        assertEquals(1L, Json.number(counted.get(2), "answered"));
        HttpResponse<String> page = anonymous.get("consultation/questions.xhtml?number=" + number);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("2 people answered"), page.body());
        assertTrue(page.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")));
    }

    @Test
    void officialsAttachDocumentsCheckedByContentAndAnyoneDownloadsThemSafely() throws Exception {
        deployed = base;
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        ApiClient admin = TestAccounts.platformAdministrator(base);
        ApiClient official = official(admin, suffix);
        ApiClient citizen = TestCitizens.signedIn(base, "con-docs", "example.org", "DR-N-CAP", 1).get(0);
        Instant now = Instant.parse(Json.string(Json.parse(new ApiClient(base).get("api/test-clock").body()), "now"));
        HttpResponse<String> created = official.post("api/consultations", """
                {"body":"%s","title":"Draft Documents Act %s","summary":"With documents.","topic":"health",
                 "opensAt":"%s","closesAt":"%s","contact":"drafts@health.example"}"""
                .formatted(BODY, suffix, now.plus(Duration.ofMinutes(30)), now.plus(Duration.ofHours(2))));
        assertEquals(201, created.statusCode(), created.body());
        long number = Json.number(Json.parse(created.body()), "number");
        String documents = "api/consultations/" + number + "/documents";
        String khmer = "\u179F\u17C1\u1785\u1780\u17D2\u178A\u17B8.pdf";
        byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<String> fake = official.postBytes(documents + "?name=report.pdf&title=Fake",
                "application/pdf", "<!DOCTYPE html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, fake.statusCode(), fake.body());
        assertEquals(PROBLEM + "consultation.document.wrongKind", Json.string(Json.parse(fake.body()), "type"));
        HttpResponse<String> tooLarge = official.postBytes(documents + "?name=big.txt&title=Big", "text/plain",
                new byte[20 * 1024 * 1024 + 1]);
        assertEquals(400, tooLarge.statusCode(), tooLarge.body());
        assertEquals(403, citizen.postBytes(documents + "?name=a.pdf&title=A", "application/pdf", pdf).statusCode(),
                "only the body's officials attach");
        assertEquals("[]", official.get(documents).body().replace(" ", ""), "nothing stored by the refusals");
        HttpResponse<String> attached = official.postBytes(documents + "?name="
                + URLEncoder.encode(khmer, StandardCharsets.UTF_8) + "&title=Explanatory%20note", "application/pdf", pdf);
        assertEquals(201, attached.statusCode(), attached.body());
        String listed = official.get(documents).body();
        assertTrue(listed.contains("Explanatory note") && listed.contains("application/pdf"), listed);
        String location = attached.headers().firstValue("Location").orElseThrow();
        String download = location.substring(location.indexOf("api/"));
        HttpResponse<String> file = official.get(download);
        assertEquals(200, file.statusCode(), file.body());
        assertEquals("application/pdf", file.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("nosniff", file.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals("default-src 'none'; sandbox", file.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertEquals("attachment; filename=\"_______.pdf\"; filename*=UTF-8''"
                        + URLEncoder.encode(khmer, StandardCharsets.UTF_8),
                file.headers().firstValue("Content-Disposition").orElseThrow());
        assertTrue(file.headers().firstValue("ETag").isPresent());
        assertEquals(403, citizen.delete(download).statusCode());
        assertEquals(204, official.delete(download).statusCode());
        assertEquals("[]", official.get(documents).body().replace(" ", ""));

        // the officials' page, posted as a browser posts it: a refusal beside the file keeps the typed title
        String page = "consultation/documents.xhtml?number=" + number;
        assertEquals(403, citizen.get(page).statusCode(), "only the body's officials see the page");
        PageSession session = PageSession.signedIn(base, emailOf(official));
        String empty = session.get(page).body();
        assertTrue(empty.contains("id=\"no-documents\""), "an empty list says so: " + empty);
        HttpResponse<String> unchosen = session.submitFile(empty, "upload", Map.of("title", "Cost annex"), "file",
                "", new byte[0], "attach");
        assertEquals(200, unchosen.statusCode(), unchosen.body());
        assertTrue(unchosen.body().contains("Choose a file to attach."), unchosen.body());
        HttpResponse<String> wrong = session.submitFile(unchosen.body(), "upload", Map.of("title", "Cost annex"),
                "file", "annex.pdf", "<html><body>annex</body></html>".getBytes(StandardCharsets.UTF_8), "attach");
        assertEquals(200, wrong.statusCode(), wrong.body());
        assertTrue(wrong.body().contains("The content of annex.pdf is not what its name says"), wrong.body());
        assertTrue(wrong.body().contains("value=\"Cost annex\""), "the typed title is kept");
        assertEquals("[]", official.get(documents).body().replace(" ", ""), "nothing stored by the refusal");
        HttpResponse<String> uploaded = session.submitFile(wrong.body(), "upload", Map.of("title", "Cost annex"),
                "file", "annex.pdf", pdf, "attach");
        assertTrue(uploaded.statusCode() == 302 || uploaded.statusCode() == 303, uploaded.statusCode() + " "
                + uploaded.body());
        String listing = session.get(page).body();
        assertTrue(listing.contains("Cost annex") && listing.contains("annex.pdf"), listing);
        assertTrue(official.get(documents).body().contains("Cost annex"));
        HttpResponse<String> asked = session.submit(listing, "list", Map.of(), "documents:0:remove");
        assertEquals(200, asked.statusCode(), asked.body());
        assertTrue(asked.body().contains("Yes, remove it"), "removal asks first: " + asked.body());
        assertTrue(official.get(documents).body().contains("Cost annex"), "nothing removed before confirming");
        HttpResponse<String> removed = session.submit(asked.body(), "list", Map.of(), "documents:0:confirmRemoval");
        assertTrue(removed.statusCode() == 302 || removed.statusCode() == 303, removed.statusCode() + " "
                + removed.body());
        assertEquals("[]", official.get(documents).body().replace(" ", ""));
    }

    @Test
    void officialsOpenAConsultationOnTheirPageAndCheckItsTextBesideTheSourceBeforeImporting() throws Exception {
        deployed = base;
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        ApiClient admin = TestAccounts.platformAdministrator(base);
        ApiClient official = official(admin, suffix);
        ApiClient citizen = TestCitizens.signedIn(base, "con-pages", "example.org", "DR-N-CAP", 1).get(0);
        assertEquals(403, citizen.get("consultation/new.xhtml").statusCode(), "only officials open consultations");
        PageSession session = PageSession.signedIn(base, emailOf(official));
        String form = session.get("consultation/new.xhtml").body();
        assertTrue(form.contains("Ministry of Health") || form.contains(BODY), "the official's body is offered");
        String title = "Draft Open Pages Act " + suffix;
        Map<String, String> fields = new LinkedHashMap<>(Map.of("body", BODY, "title", "Dr", "summary",
                "How pages open consultations.", "topic", "health", "region", "", "opensOn", "2030-01-01",
                "closesOn", "2030-02-28", "contact", "drafts@health.example"));
        HttpResponse<String> tooShort = session.submit(form, "consultation", fields, "create");
        assertEquals(200, tooShort.statusCode(), tooShort.body());
        assertTrue(tooShort.body().contains("A title has 5 to 200 characters."), "the refusal is shown by the field");
        assertTrue(tooShort.body().contains("How pages open consultations."), "what was typed is kept");
        fields.put("title", title);
        String khmerTitle = "សេចក្តីព្រាងច្បាប់ស្តីពីទំព័របើកចំហ " + suffix;
        fields.put("title_km", khmerTitle);
        fields.put("summary_km", "របៀបដែលទំព័របើកការពិគ្រោះយោបល់។");
        HttpResponse<String> created = session.submit(tooShort.body(), "consultation", fields, "create");
        assertTrue(created.statusCode() == 302 || created.statusCode() == 303, created.statusCode() + " "
                + created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("consultation/draft.xhtml?number="), location);
        long number = Long.parseLong(location.replaceAll(".*number=(\\d+).*", "$1"));
        assertTrue(session.get("consultation/new.xhtml").body().contains(title), "the new draft is listed");

        assertTrue(session.get("consultation/draft.xhtml?number=" + number + "&lang=km").body().contains(khmerTitle),
                "the Khmer title typed beside the English one is shown to a Khmer reader");
        String draft = "consultation/draft.xhtml?number=" + number + "&lang=en";
        String page = session.get(draft).body();
        assertTrue(page.contains("No text has been imported yet."), page);
        HttpResponse<String> broken = session.submitFile(page, "text", Map.of("style", "", "source", BROKEN),
                "file", "", new byte[0], "check");
        assertEquals(200, broken.statusCode(), broken.body());
        assertTrue(broken.body().contains("id=\"line-6\" class=\"draft-source__line draft-source__line--issue\""),
                "the line with the problem is marked in the source: " + broken.body());
        assertTrue(broken.body().contains("href=\"#line-6\"") && broken.body().contains("Line 6"),
                "the problem names its line and links to it");
        assertFalse(broken.body().contains("id=\"text:import\""), "a text with problems cannot be imported");
        HttpResponse<String> clean = session.submitFile(broken.body(), "text", Map.of("style", "ESTONIAN",
                "source", CLEAN), "file", "", new byte[0], "check");
        assertTrue(clean.body().contains("id=\"unit-chp_1__sec_1__subsec_1\"")
                        && clean.body().contains("<strong>2¹)</strong>"),
                "the tree shows the units with their identifiers, the inserted clause too: " + clean.body());
        assertTrue(clean.body().contains("id=\"text:import\""), "a clean text can be imported");
        assertFalse(official.get("api/consultations/" + number + "/own").body().contains("\"textVersion\":1"),
                "a check stores nothing");
        HttpResponse<String> imported = session.submitFile(clean.body(), "text", Map.of("style", "ESTONIAN",
                "source", CLEAN), "file", "", new byte[0], "import");
        assertTrue(imported.statusCode() == 302 || imported.statusCode() == 303, imported.statusCode() + " "
                + imported.body());
        assertEquals(1L, Json.number(Json.parse(official.get("api/consultations/" + number + "/own").body()),
                "textVersion"));
        assertTrue(session.get(draft).body().contains("The current text is version 1."));
        HttpResponse<String> fromFile = session.submitFile(session.get(draft).body(), "text", Map.of("style", "",
                "source", ""), "file", "draft.docx", docx(CLEAN), "read");
        assertTrue(fromFile.body().contains("The text reads without problems"), "a Word file is read into the box"
                + " and checked: " + fromFile.body());
        assertTrue(fromFile.body().contains("This Act applies to ministries."));
    }

    @Test
    void theDemoConsultationsShowAnOpenDraftAndAClosedOneWithItsPublishedReport() {
        ApiClient anonymous = new ApiClient(base);
        Object published = Json.parse(anonymous.get("api/consultations?state=report-published&body=ministry-of-health"
                + "&limit=100").body());
        long water = Json.list(published, "items").stream()
                .filter(c -> "Draft Drinking Water Act".equals(Json.string(c, "title")))
                .mapToLong(c -> Json.number(c, "number")).findFirst().orElseThrow();
        Object figures = Json.parse(anonymous.get("api/consultations/" + water + "/report").body());
        assertEquals(5L, Json.number(figures, "comments"));
        assertEquals(List.of("ACCEPTED=2", "PARTLY_ACCEPTED=1", "NOT_ACCEPTED=1", "OUT_OF_SCOPE=1"),
                Json.list(figures, "perDisposition").stream()
                        .map(c -> Json.string(c, "key") + "=" + Json.number(c, "count")).toList());
        assertEquals(1L, Json.number(figures, "organisations"));
        Object demoQuestion = array(anonymous.get("api/consultations/" + water + "/questions").body()).get(0);
        assertEquals(120L, Json.number(demoQuestion, "answered"), "the demo's closed draft shows its answers");
        assertEquals(List.of(40L, 40L, 40L), Json.list(demoQuestion, "options").stream()
                .map(o -> Json.number(o, "chosen")).toList());
        HttpResponse<String> diff = anonymous.get("api/consultations/" + water + "/versions/1/diff/2");
        assertEquals(200, diff.statusCode(), diff.body());
        assertEquals(1L, Json.number(Json.parse(diff.body()), "inserted"));
        assertEquals(2L, Json.number(Json.parse(diff.body()), "changed"));
        String khmerWater = "សេចក្តីព្រាងច្បាប់ស្តីពីទឹកស្អាត";
        assertEquals(khmerWater, Json.string(Json.parse(anonymous.get("api/consultations/" + water + "?lang=km").body()),
                "title"), "the demo consultation in Khmer");
        assertTrue(Json.list(Json.parse(anonymous.get("api/consultations?state=report-published&body=ministry-of-health"
                        + "&limit=100&lang=km").body()), "items").stream()
                .anyMatch(c -> Json.number(c, "number") == water && khmerWater.equals(Json.string(c, "title"))),
                "the list reads the title in the reader's language");
        assertTrue(anonymous.get("consultation/view.xhtml?number=" + water + "&lang=km").body()
                .contains("<h1>" + khmerWater + "</h1>"));
        assertEquals("Draft Drinking Water Act", Json.string(Json.parse(anonymous.get("api/consultations/" + water
                + "?lang=en").body()), "title"));
        HttpResponse<String> page = anonymous.get("consultation/view.xhtml?number=" + water);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("/consultation/diff.xhtml?number=" + water
                + "&amp;from=1&amp;to=2#chp_2__sec_3__subsec_2\" class=\"comment__changed\""),
                "an accepted comment links to the unit it changed in the comparison: " + page.body());
        HttpResponse<String> comparison = anonymous.get("consultation/diff.xhtml?number=" + water + "&from=1&to=2");
        assertEquals(200, comparison.statusCode(), comparison.body());
        assertTrue(comparison.body().contains("id=\"chp_2__sec_3__subsec_2\""), comparison.body());

        // open in the demo; other deployments sharing this database may have moved their clocks past its closing
        Object open = Json.parse(anonymous.get("api/consultations?body=ministry-of-transport&limit=100").body());
        long transport = Json.list(open, "items").stream()
                .filter(c -> "Draft Public Transport Act".equals(Json.string(c, "title")))
                .mapToLong(c -> Json.number(c, "number")).findFirst().orElseThrow();
        Object structure = Json.parse(anonymous.get("api/consultations/" + transport).body());
        assertEquals(4, Json.list(structure, "structure.units").stream()
                .filter(u -> "CHAPTER".equals(Json.string(u, "kind"))).count());
        assertEquals(1L, Json.number(structure, "structure.draftComments"));
        assertEquals(7, array(anonymous.get("api/consultations/" + transport + "/comments").body()).stream()
                .mapToInt(c -> 1 + Json.list(c, "replies").size()).sum(), "five comments and two replies");

        // its documents, downloaded by anyone
        List<Object> demoDocuments = array(anonymous.get("api/consultations/" + transport + "/documents").body());
        assertEquals(List.of("explanatory-memorandum.pdf=application/pdf",
                        "passenger-journeys-2025.csv=text/csv; charset=UTF-8"),
                demoDocuments.stream().map(d -> Json.string(d, "name") + "=" + Json.string(d, "contentType")).toList());
        HttpResponse<String> memorandum = anonymous.get(Json.string(demoDocuments.get(0), "href").substring(1));
        assertEquals(200, memorandum.statusCode());
        assertTrue(memorandum.body().startsWith("%PDF-"));
        assertEquals("public, max-age=31536000, immutable",
                memorandum.headers().firstValue("Cache-Control").orElseThrow());
        HttpResponse<String> passengers = anonymous.get(Json.string(demoDocuments.get(1), "href").substring(1));
        assertTrue(passengers.body().startsWith("region,mode,journeys_2019"), passengers.body());
        assertTrue(memorandum.headers().firstValue("Set-Cookie").isEmpty(), "a download opens no session");
        HttpResponse<String> transportPage = anonymous.get("consultation/view.xhtml?number=" + transport);
        assertTrue(transportPage.body().contains("Explanatory memorandum"), "the page lists the documents");

        // the public list, filtered by state, and the home page's way to it; neither opens a session
        HttpResponse<String> reported = Http.get(base, "consultation/index.xhtml?state=report-published");
        assertEquals(200, reported.statusCode());
        assertTrue(reported.body().contains("Draft Drinking Water Act")
                && !reported.body().contains("Draft Public Transport Act"), reported.body());
        assertTrue(reported.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")));
        HttpResponse<String> all = Http.get(base, "consultation/index.xhtml");
        assertTrue(all.body().contains("Draft Public Transport Act") && all.body().contains("Draft Drinking Water Act"),
                all.body());
        assertTrue(Http.get(base, "").body().contains("id=\"home-consultations-all\""));
    }

    /** A consultation of the health ministry with the clean text, opened by the scan; answers its number. */
    private long openConsultation(ApiClient official, ApiClient anonymous, String suffix) {
        Instant now = Instant.parse(Json.string(Json.parse(anonymous.get("api/test-clock").body()), "now"));
        String draft = """
                {"body":"%s","title":"Draft Public Consultation Act %s","summary":"How drafts are published.",
                 "topic":"health","region":"DR-N-CAP","opensAt":"%s","closesAt":"%s","contact":"drafts@health.example"}"""
                .formatted(BODY, suffix, now.plus(Duration.ofMinutes(30)), now.plus(Duration.ofHours(2)));
        HttpResponse<String> created = official.post("api/consultations", draft);
        assertEquals(201, created.statusCode(), created.body());
        long number = Json.number(Json.parse(created.body()), "number");
        long version = Json.number(Json.parse(created.body()), "version");
        assertEquals(201, official.post("api/consultations/" + number + "/versions", textJson(CLEAN, version))
                .statusCode());
        advanceClock(anonymous, Duration.ofHours(1));
        assertEquals(200, anonymous.post("api/test-consultation-scan", "").statusCode());
        assertEquals("OPEN", Json.string(Json.parse(anonymous.get("api/consultations/" + number).body()), "state"));
        return number;
    }

    private static long comment(ApiClient author, long number, String json) {
        HttpResponse<String> commented = author.post("api/consultations/" + number + "/comments", json);
        assertEquals(201, commented.statusCode(), commented.body());
        String location = commented.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private static Object commentIn(ApiClient reader, long number, long comment) {
        return array(reader.get("api/consultations/" + number + "/comments").body()).stream()
                .filter(c -> Json.number(c, "id") == comment).findFirst().orElse(null);
    }

    private static HttpResponse<String> dispose(ApiClient official, long number, long version, List<Long> comments,
                                                String disposition, String reason, String unit) {
        return official.post("api/consultations/" + number + "/dispositions", """
                {"comments":%s,"disposition":"%s","reason":%s,"unit":%s,"version":%d}""".formatted(
                comments.toString(), disposition, reason == null ? "null" : "\"" + reason + "\"",
                unit == null ? "null" : "\"" + unit + "\"", version));
    }

    private static long ownVersion(ApiClient official, long number) {
        return Json.number(Json.parse(official.get("api/consultations/" + number + "/own").body()), "version");
    }

    private static String keyOf(List<Object> units, String eId) {
        return Json.string(units.stream().filter(u -> eId.equals(Json.string(u, "eId"))).findFirst().orElseThrow(),
                "key");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> array(String json) {
        return (List<Object>) Json.parse(json);
    }

    private static String emailOf(ApiClient client) {
        return client.get("api/accounts/me").body().replaceAll("(?s).*\"email\":\"([^\"]+)\".*", "$1");
    }

    private ApiClient moderator(ApiClient admin) {
        ApiClient candidate = TestCitizens.signedIn(base, "con-moderator", "DR-N-01");
        assertEquals(204, admin.put("api/roles/MODERATOR/members/" + candidate.accountKey(), "").statusCode());
        ApiClient moderator = new ApiClient(base);
        assertEquals(200, moderator.signIn(emailOf(candidate), TestCitizens.PASSWORD).statusCode());
        return moderator;
    }

    private static void advanceClock(ApiClient client, Duration by) {
        long offset = Json.number(Json.parse(client.get("api/test-clock").body()), "offsetSeconds");
        assertEquals(200, client.put("api/test-clock", "{\"offsetSeconds\":" + (offset + by.toSeconds()) + "}")
                .statusCode());
    }

    /** A browser-like session on the pages: its cookies, the forms' view state, no JavaScript. */
    /** A form of a page as a browser sees it: its markup, its view state and where it posts. */
    private record PageForm(String html, String viewState, String action) {

        private static final Pattern VIEW_STATE =
                Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
        private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");

        static PageForm in(String page, String form) {
            int start = page.indexOf("<form id=\"" + form + "\"");
            assertTrue(start >= 0, "no form " + form);
            String html = page.substring(start, page.indexOf("</form>", start));
            Matcher state = VIEW_STATE.matcher(html);
            assertTrue(state.find(), "no view state in form " + form);
            Matcher action = ACTION.matcher(html);
            assertTrue(action.find(), "no action of form " + form);
            return new PageForm(html, state.group(1).replace("&#58;", ":"), action.group(1).replace("&amp;", "&"));
        }
    }

    private static final class PageSession {

        private static final Pattern PLAIN_HIDDEN =
                Pattern.compile("<input type=\"hidden\" name=\"([A-Za-z]+|primefaces\\.nonce)\" value=\"([^\"]*)\"");

        private final URI root;
        private final HttpClient client;

        private PageSession(URL base) throws Exception {
            this.root = base.toURI();
            this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        }

        static PageSession signedIn(URL base, String email) throws Exception {
            PageSession session = new PageSession(base);
            HttpResponse<String> signIn = session.send(HttpRequest.newBuilder(session.root.resolve("api/session"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":\""
                            + TestAccounts.PASSWORD + "\"}")));
            assertEquals(200, signIn.statusCode(), signIn.body());
            return session;
        }

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(root.resolve(path)).GET());
        }

        /** Submits the form of the page with its hidden fields and the values (names within the form) by a button. */
        HttpResponse<String> submit(String page, String form, Map<String, String> values, String button) {
            PageForm found = PageForm.in(page, form);
            String html = found.html();
            Map<String, String> fields = hiddenFields(form, html);
            values.forEach((name, value) -> fields.put(form + ":" + name, value));
            fields.put(form + ":" + button, "submit");
            fields.put("jakarta.faces.ViewState", found.viewState());
            String body = fields.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(root.resolve(found.action()))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        /** Submits a multipart form as a browser does, with one file (an empty name for no file chosen). */
        HttpResponse<String> submitFile(String page, String form, Map<String, String> values, String fileField,
                                        String fileName, byte[] content, String button) {
            PageForm found = PageForm.in(page, form);
            Map<String, String> fields = hiddenFields(form, found.html());
            values.forEach((name, value) -> fields.put(form + ":" + name, value));
            fields.put(form + ":" + button, "submit");
            fields.put("jakarta.faces.ViewState", found.viewState());
            String boundary = "----form" + UUID.randomUUID().toString().replace("-", "");
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; "
                    + "name=\"" + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + form + ":"
                    + fileField + "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream"
                    + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return send(HttpRequest.newBuilder(root.resolve(found.action()))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        }

        /**
         * The form's own field and the plain hidden inputs the page reads from the request (names without the
         * form's prefix), the page's nonce among them, as a browser posts them.
         */
        private static Map<String, String> hiddenFields(String form, String html) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put(form, form);
            Matcher hidden = PLAIN_HIDDEN.matcher(html);
            while (hidden.find()) {
                fields.put(hidden.group(1), hidden.group(2).replace("&amp;", "&"));
            }
            return fields;
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return client.send(request.timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The text as a Word document, one paragraph per line. */
    private static byte[] docx(String text) {
        try (org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            for (String line : text.split("\n", -1)) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String textJson(String text, long version) {
        return "{\"text\":\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
                + "\",\"version\":" + version + "}";
    }

    private static void moveClock(ApiClient client, Duration by) {
        assertEquals(200, client.put("api/test-clock", "{\"offsetSeconds\":" + by.toSeconds() + "}").statusCode());
    }

    private ApiClient official(ApiClient admin, String suffix) {
        return official(admin, suffix, BODY);
    }

    private ApiClient official(ApiClient admin, String suffix, String body) {
        String email = "con-official-" + suffix + "@example.org";
        HttpResponse<String> invited = admin.post("api/bodies/" + body + "/officials", "{\"email\":\"" + email
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
