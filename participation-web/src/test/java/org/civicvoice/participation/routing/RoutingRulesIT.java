package org.civicvoice.participation.routing;

import org.civicvoice.participation.testsupport.ApiClient;
import org.civicvoice.participation.testsupport.Deployments;
import org.civicvoice.participation.testsupport.Http;
import org.civicvoice.participation.testsupport.TestAccounts;
import org.civicvoice.participation.testsupport.TestMail;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Routing rules, holidays and the transparency figures through the API and the pages: versioned rule edits that
 * the preview follows at once, who may edit and who may only read, and the public page that opens no session.
 * Every rule, holiday and body it makes is its own (unique note, a far-off day, a new body), and it retires,
 * removes or deletes them again, so other tests sharing the database see no difference.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoutingRulesIT {

    private static final Duration MAIL_WAIT = Duration.ofSeconds(30);
    private static final String PASSWORD = "correct horse battery";
    private static final Pattern NUMBER = Pattern.compile("\"number\":(\\d+)");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform();
    }

    @ArquillianResource
    URL base;

    @Test
    void anAdministratorCreatesChangesAndRetiresARuleAndThePreviewFollowsEveryVersion() {
        ApiClient admin = TestAccounts.platformAdministrator(base);
        String note = "Southern transport proposals " + UUID.randomUUID();
        String preview = "api/routing-rules/preview?type=PROPOSAL&topic=transport&region=DR-S-01&body=ministry-of-health";
        Long number = null;
        try {
            HttpResponse<String> created = admin.post("api/routing-rules", "{\"caseType\":\"PROPOSAL\",\"topic\":\"transport\","
                    + "\"region\":\"DR-S\",\"body\":\"capital-city\",\"priority\":50,\"note\":\"" + note + "\"}");
            assertEquals(201, created.statusCode(), created.body());
            number = number(created.body());
            assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/routing-rules/" + number));
            assertTrue(created.body().contains("\"version\":1"), created.body());
            assertTrue(created.body().contains("\"author\":\"Platform Administrator\""), created.body());

            HttpResponse<String> first = admin.get(preview);
            assertEquals(200, first.statusCode(), first.body());
            assertTrue(first.body().contains("\"body\":\"capital-city\""), first.body());
            assertTrue(first.body().contains("rule " + number + " (version 1)"),
                    "a rule's region covers the regions inside it: " + first.body());
            assertTrue(admin.get("api/routing-rules").body().contains(note), "the new rule is in force");

            HttpResponse<String> changed = admin.put("api/routing-rules/" + number, "{\"caseType\":\"PROPOSAL\","
                    + "\"topic\":\"transport\",\"region\":\"DR-S\",\"body\":\"capital-city\",\"priority\":60,"
                    + "\"note\":\"" + note + " (raised)\"}");
            assertEquals(200, changed.statusCode(), changed.body());
            assertTrue(changed.body().contains("\"version\":2"), changed.body());
            assertTrue(changed.body().contains("\"priority\":60"), changed.body());

            HttpResponse<String> second = admin.get(preview);
            assertTrue(second.body().contains("rule " + number + " (version 2)"), second.body());
            HttpResponse<String> versions = admin.get("api/routing-rules/" + number + "/versions");
            assertEquals(200, versions.statusCode(), versions.body());
            assertEquals(2, count(versions.body(), "\"version\":"), versions.body());
            assertTrue(versions.body().indexOf("\"version\":2") < versions.body().indexOf("\"version\":1"),
                    "the newest version first: " + versions.body());

            assertEquals(204, admin.delete("api/routing-rules/" + number).statusCode());
            Long retired = number;
            number = null;
            HttpResponse<String> fallback = admin.get(preview);
            assertEquals(200, fallback.statusCode(), fallback.body());
            assertFalse(fallback.body().contains("rule " + retired + " ("), fallback.body());
            assertTrue(fallback.body().contains("\"body\":\"ministry-of-transport\""),
                    "the topic rule applies again: " + fallback.body());
            assertFalse(admin.get("api/routing-rules").body().contains(note), "a retired rule is no longer in force");
            assertEquals(2, count(admin.get("api/routing-rules/" + retired + "/versions").body(), "\"version\":"),
                    "retiring keeps the history");
            assertEquals(404, admin.put("api/routing-rules/" + retired, "{\"body\":\"capital-city\",\"priority\":1}")
                    .statusCode(), "a retired rule takes no new version");
            assertEquals(404, admin.delete("api/routing-rules/" + retired).statusCode());
            assertEquals(404, admin.get("api/routing-rules/999999999/versions").statusCode());
        } finally {
            if (number != null) {
                admin.delete("api/routing-rules/" + number);
            }
        }
    }

    @Test
    void aRuleIsRefusedWithoutABodyOrWithAPriorityOutOfRangeAndThePreviewNeedsAnAddressee() {
        ApiClient admin = TestAccounts.platformAdministrator(base);
        HttpResponse<String> noBody = admin.post("api/routing-rules", "{\"topic\":\"transport\",\"priority\":5}");
        assertEquals(400, noBody.statusCode(), noBody.body());
        assertTrue(noBody.body().contains("urn:participation:problem:case.invalid.rule.body"), noBody.body());
        assertTrue(noBody.body().contains("Choose the body"), noBody.body());

        HttpResponse<String> tooHigh = admin.post("api/routing-rules", "{\"body\":\"capital-city\",\"priority\":5000}");
        assertEquals(400, tooHigh.statusCode(), tooHigh.body());
        assertTrue(tooHigh.body().contains("case.invalid.rule.priority"), tooHigh.body());

        assertEquals(400, admin.post("api/routing-rules", "{\"caseType\":\"PARTY\",\"body\":\"capital-city\"}").statusCode());
        assertEquals(404, admin.post("api/routing-rules", "{\"body\":\"ministry-of-magic\"}").statusCode());
        assertEquals(400, admin.get("api/routing-rules/preview?topic=health").statusCode());
        HttpResponse<String> demo = admin.get("api/routing-rules/preview?type=PETITION_RESPONSE&topic=health&body=government");
        assertTrue(demo.body().contains("\"body\":\"ministry-of-health\""), demo.body());
        assertTrue(demo.body().contains("\"rule\":2"), demo.body());
    }

    @Test
    void anOfficialReadsTheRulesButOnlyAPlatformAdministratorChangesThem() {
        ApiClient admin = TestAccounts.platformAdministrator(base);
        ApiClient official = invitedOfficial(admin, "ministry-of-transport", unique("transport-official"));
        ApiClient citizen = citizen(unique("citizen"));
        ApiClient anonymous = new ApiClient(base);
        String rule = "{\"topic\":\"transport\",\"body\":\"capital-city\",\"priority\":1}";

        assertEquals(200, official.get("api/routing-rules").statusCode());
        assertTrue(official.get("api/routing-rules").body().contains("\"body\":\"petitions-committee\""));
        assertEquals(200, official.get("api/routing-rules/7/versions").statusCode());
        assertEquals(200, official.get("api/routing-rules/preview?topic=transport&body=government").statusCode());
        assertEquals(200, official.get("api/holidays").statusCode());
        assertEquals(403, official.post("api/routing-rules", rule).statusCode());
        assertEquals(403, official.put("api/routing-rules/7", rule).statusCode());
        assertEquals(403, official.delete("api/routing-rules/7").statusCode());
        assertEquals(403, official.put("api/holidays/2090-01-02", "{\"name\":\"Not mine\"}").statusCode());
        assertEquals(403, official.delete("api/holidays/2090-01-02").statusCode());
        assertTrue(official.get("api/routing-rules/7/versions").body().contains("\"version\":1"),
                "the refused change left the rule as it was");

        assertEquals(403, citizen.get("api/routing-rules").statusCode());
        assertEquals(401, anonymous.get("api/routing-rules").statusCode());
        assertEquals(401, anonymous.get("api/holidays").statusCode());

        HttpResponse<String> officialPage = official.get("routing/rules.xhtml");
        assertEquals(200, officialPage.statusCode());
        assertTrue(officialPage.body().contains("Rules in force"), officialPage.body());
        assertTrue(officialPage.body().contains("Ministry of Public Works and Transport"));
        assertFalse(officialPage.body().contains("id=\"create\""), "officials see no form to create a rule");
        assertFalse(officialPage.body().contains("id=\"holiday\""), "officials see no form to add a holiday");
        assertEquals(403, citizen.get("routing/rules.xhtml").statusCode());
    }

    @Test
    void anAdministratorGivesOneBodyItsOwnDeadlineAndTakesItBack() {
        ApiClient admin = TestAccounts.platformAdministrator(base);
        ApiClient official = invitedOfficial(admin, "ministry-of-transport", unique("deadline-official"));
        String days = "{\"workingDays\":12,\"reminderDays\":2,\"escalationDays\":4}";
        assertEquals(403, official.put("api/deadlines/PROPOSAL/capital-city", days).statusCode());
        try {
            HttpResponse<String> set = admin.put("api/deadlines/PROPOSAL/capital-city", days);
            assertEquals(200, set.statusCode(), set.body());
            HttpResponse<String> listed = official.get("api/deadlines");
            assertEquals(200, listed.statusCode(), listed.body());
            String own = object(listed.body(), "\"body\":\"capital-city\"");
            assertTrue(own.contains("\"type\":\"PROPOSAL\"") && own.contains("\"workingDays\":12")
                    && own.contains("\"reminderDays\":2") && own.contains("\"escalationDays\":4"), own);
            assertEquals(2, count(listed.body(), "\"type\":\"PROPOSAL\""),
                    "the deadline of every body stays beside the city's own: " + listed.body());
            assertEquals(200, admin.put("api/deadlines/PROPOSAL/capital-city",
                    "{\"workingDays\":15,\"reminderDays\":3,\"escalationDays\":5}").statusCode());
            assertEquals(1, count(admin.get("api/deadlines").body(), "\"body\":\"capital-city\""),
                    "a second setting replaces the first");

            HttpResponse<String> reminderTooLate = admin.put("api/deadlines/PROPOSAL/capital-city",
                    "{\"workingDays\":3,\"reminderDays\":3,\"escalationDays\":5}");
            assertEquals(400, reminderTooLate.statusCode());
            assertTrue(reminderTooLate.body().contains("case.invalid.deadline.days"), reminderTooLate.body());
            assertEquals(400, admin.put("api/deadlines/NOT_A_TYPE", days).statusCode());
            assertEquals(404, admin.put("api/deadlines/PROPOSAL/no-such-body", days).statusCode());
        } finally {
            assertEquals(204, admin.delete("api/deadlines/PROPOSAL/capital-city").statusCode());
        }
        assertFalse(admin.get("api/deadlines").body().contains("\"body\":\"capital-city\""),
                "the city is back on the deadline of every body");
    }

    @Test
    void anAdministratorAddsAndRemovesAHolidayOverTheApi() {
        ApiClient admin = TestAccounts.platformAdministrator(base);
        LocalDate day = LocalDate.of(2090 + ThreadLocalRandom.current().nextInt(5), 1, 1)
                .plusDays(ThreadLocalRandom.current().nextInt(360));
        String name = "Founders day " + UUID.randomUUID().toString().substring(0, 8);
        String year = "api/holidays?from=" + day.withDayOfYear(1) + "&to=" + day.withDayOfYear(1).plusYears(1).minusDays(1);
        try {
            HttpResponse<String> added = admin.put("api/holidays/" + day, "{\"name\":\"" + name + "\"}");
            assertEquals(200, added.statusCode(), added.body());
            HttpResponse<String> listed = admin.get(year);
            assertEquals(200, listed.statusCode(), listed.body());
            String listedDay = object(listed.body(), "\"day\":\"" + day + "\"");
            assertTrue(listedDay.contains("\"name\":\"" + name + "\""), listed.body());
            assertEquals(200, admin.put("api/holidays/" + day, "{\"name\":\"" + name + " (renamed)\"}").statusCode());
            assertTrue(admin.get(year).body().contains(name + " (renamed)"));

            HttpResponse<String> nameless = admin.put("api/holidays/" + day.plusDays(1), "{\"name\":\" \"}");
            assertEquals(400, nameless.statusCode());
            assertTrue(nameless.body().contains("case.invalid.holiday.name"), nameless.body());
            assertEquals(400, admin.put("api/holidays/31-12-2090", "{\"name\":\"x\"}").statusCode());
            assertEquals(400, admin.get("api/holidays?from=2091-01-01&to=2090-01-01").statusCode());
        } finally {
            assertEquals(204, admin.delete("api/holidays/" + day).statusCode());
        }
        assertFalse(admin.get(year).body().contains(name), "the holiday is removed");
    }

    @Test
    void anAdministratorWorksWithTheRulesPageCreateChangeRetireAndAHoliday() {
        PageSession admin = PageSession.signedIn(base, TestAccounts.platformAdministrator(base), TestAccounts.ADMIN_EMAIL,
                TestAccounts.PASSWORD);
        String note = "Page rule " + UUID.randomUUID();
        String number = null;
        try {
            HttpResponse<String> page = admin.get("routing/rules.xhtml");
            assertEquals(200, page.statusCode(), page.body());
            assertTrue(page.body().contains("id=\"create\""), "administrators may create rules");
            assertTrue(page.body().contains("routing/rules.xhtml\">Routing rules</a>"), "the navigation links the page");

            HttpResponse<String> created = admin.submit(page.body(), "create", Map.of("caseType", "PROPOSAL",
                    "topic", "culture", "region", "DR-E", "body", "capital-city", "priority", "40", "note", note));
            assertEquals(302, created.statusCode(), created.body());
            String location = created.headers().firstValue("Location").orElseThrow();
            Matcher rule = Pattern.compile("rule=(\\d+)").matcher(location);
            assertTrue(rule.find(), location);
            number = rule.group(1);

            HttpResponse<String> detail = admin.get("routing/rules.xhtml?rule=" + number);
            assertEquals(200, detail.statusCode());
            assertTrue(detail.body().contains("Rule " + number + " is created"), "the message survives the redirect");
            assertTrue(detail.body().contains(note));
            assertTrue(detail.body().contains("Platform Administrator"), "the history names who wrote a version");

            HttpResponse<String> refused = admin.submit(detail.body(), "edit", Map.of("caseType", "PROPOSAL",
                    "topic", "culture", "region", "DR-E", "body", "capital-city", "priority", "high", "note", note));
            assertEquals(200, refused.statusCode());
            assertTrue(refused.body().contains("The priority must be a whole number"), "the field says what is wrong");
            assertTrue(refused.body().contains("id=\"versions-table\""), "the rule stays on screen");

            HttpResponse<String> changed = admin.submit(detail.body(), "edit", Map.of("caseType", "PROPOSAL",
                    "topic", "culture", "region", "DR-E", "body", "capital-city", "priority", "45", "note", note + " v2"));
            assertEquals(302, changed.statusCode(), changed.body());
            HttpResponse<String> versions = admin.get("routing/rules.xhtml?rule=" + number);
            assertTrue(versions.body().contains("now applies in version 2"), versions.body());
            assertEquals(2, count(section(versions.body(), "versions-table"), "<th scope=\"row\" class=\"number\">"));

            HttpResponse<String> previewed = admin.get("routing/rules.xhtml?type=PROPOSAL&topic=culture"
                    + "&region=DR-E&body=government");
            assertTrue(previewed.body().contains("rule " + number + " (version 2)"), "the preview explains itself");
            assertTrue(previewed.body().contains("Rule " + number + ", version 2"));

            HttpResponse<String> previewPost = admin.submit(previewed.body(), "previewForm", Map.of("type", "PROPOSAL",
                    "topic", "health", "region", "", "body", "government"));
            assertEquals(302, previewPost.statusCode());
            assertTrue(previewPost.headers().firstValue("Location").orElseThrow()
                    .contains("routing/rules.xhtml?type=PROPOSAL&topic=health&body=government"), "a preview has an address");

            HttpResponse<String> confirm = admin.get("routing/rules.xhtml?rule=" + number + "&step=retire");
            assertTrue(confirm.body().contains("Retire rule " + number + "?"), "retiring asks first");
            HttpResponse<String> retired = admin.submit(confirm.body(), "retireForm", Map.of());
            assertEquals(302, retired.statusCode(), retired.body());
            HttpResponse<String> list = admin.get("routing/rules.xhtml");
            assertTrue(list.body().contains("Rule " + number + " is retired"), list.body());
            assertFalse(list.body().contains(note), "a retired rule is not in force");
            number = null;

            LocalDate soon = LocalDate.now().plusMonths(11).withDayOfMonth(1);
            while (admin.api.get("api/holidays?from=" + soon + "&to=" + soon).body().contains("\"day\"")) {
                soon = soon.plusDays(1);
            }
            String holiday = "Page holiday " + UUID.randomUUID().toString().substring(0, 8);
            try {
                HttpResponse<String> added = admin.submit(list.body(), "holiday", Map.of("day", soon.toString(), "name", holiday));
                assertEquals(302, added.statusCode(), added.body());
                HttpResponse<String> withHoliday = admin.get("routing/rules.xhtml");
                assertTrue(section(withHoliday.body(), "holidays-table").contains(holiday), "holidays of the next twelve months");
                HttpResponse<String> badDay = admin.submit(withHoliday.body(), "holiday", Map.of("day", "soon", "name", "x"));
                assertTrue(badDay.body().contains("Give the day of the holiday as a date."), badDay.body());
            } finally {
                admin.api.delete("api/holidays/" + soon);
            }
        } finally {
            if (number != null) {
                admin.api.delete("api/routing-rules/" + number);
            }
        }
    }

    @Test
    void theTransparencyFiguresArePublicCacheableAndOpenNoSession() throws SQLException {
        try (TransparencyCases office = TransparencyCases.of(TestAccounts.platformAdministrator(base))) {
            // each node keeps the figures for a few seconds: the new cases show at the latest after that
            HttpResponse<String> figures = Http.await(Duration.ofSeconds(20),
                    r -> r.body().contains("\"body\":\"" + office.slug + "\""), () -> Http.get(base, "api/transparency"));
            assertEquals(200, figures.statusCode(), figures.body());
            assertTrue(figures.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            assertTrue(figures.body().contains("\"total\":{"), figures.body());
            assertTrue(figures.headers().firstValue("Cache-Control").orElse("").contains("max-age=60"));
            assertNoSession(figures);
            String entry = object(figures.body(), "\"body\":\"" + office.slug + "\"");
            for (String figure : new String[] {"\"bodyName\":\"" + office.name + "\"", "\"received\":3",
                    "\"answered\":2", "\"answeredOnTime\":1", "\"onTimePercent\":50",
                    "\"medianHoursToAnswer\":144", "\"overdueNow\":1"}) {
                assertTrue(entry.contains(figure), figure + " in " + entry);
            }
            String tag = figures.headers().firstValue("ETag").orElseThrow();
            assertEquals(304, Http.get(base, "api/transparency", "If-None-Match", tag).statusCode());

            HttpResponse<String> page = Http.get(base, "transparency.xhtml?lang=en");
            assertEquals(200, page.statusCode(), page.body());
            assertNoSession(page);
            assertTrue(page.body().contains("<h1>How bodies answer</h1>"), page.body());
            assertTrue(section(page.body(), "bodies-table").contains(office.name), page.body());
            String onTime = section(page.body(), "on-time-chart");
            String row = onTime.substring(onTime.indexOf(office.name));
            assertTrue(row.substring(0, row.indexOf("</tr>")).contains("50%"), row);
            assertTrue(row.substring(0, row.indexOf("</tr>")).contains("style=\"width: 50%\""), "a bar as wide as the share");
            String median = section(page.body(), "median-chart");
            String medianRow = median.substring(median.indexOf(office.name));
            assertTrue(medianRow.substring(0, medianRow.indexOf("</tr>")).contains("6 days"), medianRow);

            HttpResponse<String> khmer = Http.get(base, "transparency.xhtml?lang=km");
            assertEquals(200, khmer.statusCode());
            assertTrue(khmer.body().contains("របៀបដែលស្ថាប័នឆ្លើយតប"), khmer.body());
            assertNoSession(khmer);

            assertTrue(Http.get(base, "").body().contains("transparency.xhtml"), "the footer links the page");
        }
    }

    @Test
    void anAnonymousCallerIsSentToSignInForTheRulesPage() {
        HttpResponse<String> rules = Http.get(base, "routing/rules.xhtml");
        assertEquals(302, rules.statusCode(), rules.body());
        assertTrue(rules.headers().firstValue("Location").orElse("").contains("account/login.xhtml"),
                rules.headers().toString());
        assertEquals(401, Http.get(base, "api/routing-rules/preview?body=government").statusCode());
    }

    private ApiClient invitedOfficial(ApiClient inviter, String body, String email) {
        assertEquals(202, inviter.post("api/bodies/" + body + "/officials",
                "{\"email\":\"" + email + "\",\"position\":\"Planner\",\"role\":\"OFFICIAL\"}").statusCode());
        String token = TestMail.tokenIn(TestMail.awaitMail(email, "invited", 0, MAIL_WAIT));
        assertEquals(204, new ApiClient(base).post("api/invitations/acceptance", "{\"token\":\"" + token
                + "\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"Transport Planner\"}").statusCode());
        ApiClient official = new ApiClient(base);
        assertEquals(200, official.signIn(email, PASSWORD).statusCode());
        return official;
    }

    private ApiClient citizen(String email) {
        ApiClient client = new ApiClient(base);
        assertEquals(201, client.post("api/accounts", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD
                + "\",\"displayName\":\"Test Citizen\",\"language\":\"en\"}").statusCode());
        assertEquals(200, client.signIn(email, PASSWORD).statusCode());
        return client;
    }

    private static long number(String json) {
        Matcher number = NUMBER.matcher(json);
        assertTrue(number.find(), json);
        return Long.parseLong(number.group(1));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
    }

    /** The flat JSON object that contains this member. */
    private static String object(String json, String member) {
        int at = json.indexOf(member);
        assertTrue(at >= 0, member + " in " + json);
        return json.substring(json.lastIndexOf('{', at), json.indexOf('}', at) + 1);
    }

    /** The element with this id up to its end tag's name (table, form, ...), for assertions about one part of a page. */
    private static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertTrue(start >= 0, "no element " + id);
        int open = html.lastIndexOf('<', start);
        String tag = html.substring(open + 1, html.indexOf(' ', open));
        int end = html.indexOf("</" + tag + ">", start);
        return html.substring(open, end < 0 ? html.length() : end);
    }

    private static void assertNoSession(HttpResponse<String> response) {
        assertTrue(response.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                "a public page must not open an HTTP session: " + response.headers().allValues("Set-Cookie"));
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** A signed-in browser without a browser: reads pages and submits their forms with the view state they carry. */
    private static final class PageSession {

        private final URI root;
        private final HttpClient client;
        final ApiClient api;

        private PageSession(URL base, ApiClient api) {
            this.root = URI.create(base.toString());
            this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
            this.api = api;
        }

        static PageSession signedIn(URL base, ApiClient api, String email, String password) {
            PageSession session = new PageSession(base, api);
            HttpResponse<String> signIn = session.send(HttpRequest.newBuilder(session.root.resolve("api/session"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":\""
                            + password + "\"}")));
            assertEquals(200, signIn.statusCode(), signIn.body());
            return session;
        }

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(root.resolve(path)).GET());
        }

        /**
         * Submits the form with this id of the page, with its hidden fields (the page's nonce among them) and the given
         * values, by its button.
         */
        HttpResponse<String> submit(String page, String form, Map<String, String> values) {
            String html = section(page, form);
            Matcher state = VIEW_STATE.matcher(html);
            assertTrue(state.find(), "no view state in form " + form);
            Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(html);
            assertTrue(action.find(), "no action of form " + form);
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put(form, form);
            Matcher hidden = Pattern.compile("<input [^>]*type=\"hidden\"[^>]*name=\"(" + form
                            + ":[^\"]+|primefaces\\.nonce)\"[^>]*value=\"([^\"]*)\"")
                    .matcher(html);
            while (hidden.find()) {
                fields.put(hidden.group(1), hidden.group(2));
            }
            values.forEach((name, value) -> fields.put(form + ":" + name, value));
            fields.put(form + ":submit", "submit");
            fields.put("jakarta.faces.ViewState", state.group(1).replace("&#58;", ":"));
            String body = fields.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            URI target = root.resolve(action.group(1).replace("&amp;", "&"));
            return send(HttpRequest.newBuilder(target).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
