package org.civicvoice.participation.budget;

import org.civicvoice.participation.testsupport.ApiClient;
import org.civicvoice.participation.testsupport.Deployments;
import org.civicvoice.participation.testsupport.Json;
import org.civicvoice.participation.testsupport.MovableClock;
import org.civicvoice.participation.testsupport.TestAccounts;
import org.civicvoice.participation.testsupport.TestCitizens;
import org.civicvoice.participation.testsupport.TestClockResource;
import org.civicvoice.participation.testsupport.TestMail;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Participatory budgets through the real stack: an official creates a process, citizens propose and support
 * projects, each project's feasibility review is a routing case answered by the decision, the scan moves the
 * phases at their dates (the test moves the platform's clock), citizens vote within the ballot's limits (also two
 * additions at the same moment), the results are counted by both rules (the equalshares.net example), a heading
 * goes out as a Pabulib file and comes back with the same result, and winning projects get milestones whose
 * followers hear by mail. The demo's finished budget is counted from its ballots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BudgetsIT {

    private static final String PROBLEM = "urn:participation:problem:";
    private static final String BODY = "hillview";
    private static final Duration WAIT = BudgetApi.MAIL_WAIT;
    private static URL deployed;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform(MovableClock.class, TestClockResource.class, TestClockResource.ClockDto.class,
                TestClockResource.OffsetDto.class, BudgetScanResource.class);
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
    @Order(1)
    void theDemoBudgetIsCountedFromItsBallotsByMostVotesWithinTheMoney() {
        deployed = base;
        ApiClient anonymous = new ApiClient(base);
        assertEquals(200, anonymous.post("api/test-budget-scan", "").statusCode());
        HttpResponse<String> results = anonymous.get("api/budgets/riverside-2026/results");
        assertEquals(200, results.statusCode(), results.body());
        Object heading = Json.list(Json.parse(results.body()), "headings").get(0);
        assertEquals(200L, Json.number(heading, "ballots"));
        assertEquals(300000L, Json.number(heading, "spent"));
        Map<String, Long> ids = projectIds(anonymous, "riverside-2026");
        assertEquals(List.of(ids.get("sirens"), ids.get("bridge"), ids.get("roof")), longs(Json.list(heading, "selected")),
                "sirens (160 votes), the footbridge (140) and the market roof (120) use the 300,000");
        List<Object> spending = (List<Object>) Json.parse(anonymous.get("api/budgets/riverside-2026/spending").body());
        Object bridge = spending.stream().filter(s -> ids.get("bridge").equals(Json.number(s, "project")))
                .findFirst().orElseThrow();
        assertEquals(62000L, Json.number(bridge, "spent"));
        assertEquals(Boolean.TRUE, Json.at(bridge, "delayed"), "its construction is past its date");
        Object inKhmer = Json.parse(anonymous.get("api/budgets/capital-city-2027?lang=km").body());
        assertEquals("ថវិកាចូលរួមរបស់រដ្ឋធានី ឆ្នាំ២០២៧", Json.string(inKhmer, "name"), "the demo budget in Khmer");
        assertEquals("កណ្តាលក្រុង", Json.string(Json.list(inKhmer, "headings").get(0), "name"));
        assertEquals("Capital City participatory budget 2027",
                Json.string(Json.parse(anonymous.get("api/budgets/capital-city-2027?lang=en").body()), "name"));
        assertTrue(anonymous.get("budget/index.xhtml?lang=km").body().contains("ថវិកាចូលរួមរបស់ក្រុងមាត់ទន្លេ ឆ្នាំ២០២៦"),
                "the list names each budget in the reader's language");
        assertTrue(anonymous.get("budget/process.xhtml?slug=capital-city-2027&lang=km").body()
                .contains("សួនច្បារ និងទីធ្លាបៃតង"), "and the page its headings");
        HttpResponse<String> page = anonymous.get("budget/results.xhtml?slug=riverside-2026");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("A footbridge to the east bank"), page.body());
        assertTrue(page.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                "an anonymous reader gets no session");
    }

    @Test
    @Order(2)
    void aBudgetRunsFromProposalsThroughReviewAndVotingToResultsAnyoneCanRecompute() {
        deployed = base;
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        ApiClient admin = TestAccounts.platformAdministrator(base);
        ApiClient official = BudgetApi.official(base, admin, BODY, suffix);
        ApiClient stranger = BudgetApi.official(base, admin, "riverside", suffix);
        ApiClient anonymous = new ApiClient(base);
        List<ApiClient> voters = TestCitizens.signedIn(base, "bud-voter", "example.org", "DR-W-HIL", 11);
        ApiClient author = voters.get(0);

        Instant now = Instant.parse(Json.string(Json.parse(anonymous.get("api/test-clock").body()), "now"));
        String slug = "hillview-" + suffix;
        String process = """
                {"slug":"%s","body":"%s","name":"Hillview budget %s","description":"The worked example.",
                 "currency":"USD","ballotKind":"APPROVAL","maxChoices":3,"rule":"EQUAL_SHARES",
                 "reviewAt":"%s","votingAt":"%s","resultsAt":"%s",
                 "headings":[{"slug":"town","name":"The whole town","amount":1100,
                              "translations":{"km":{"name":"ក្រុងទាំងមូល"}}}],
                 "translations":{"km":{"name":"ថវិកាភ្នំ %3$s","description":"ឧទាហរណ៍ដែលបានធ្វើការ។"}}}"""
                .formatted(slug, BODY, suffix, now.plus(Duration.ofHours(1)), now.plus(Duration.ofHours(2)),
                        now.plus(Duration.ofHours(3)));
        assertEquals(403, author.post("api/budgets", process).statusCode(), "citizens do not create budgets");
        assertEquals(403, stranger.post("api/budgets", process).statusCode(), "nor officials of another body");
        HttpResponse<String> created = official.post("api/budgets", process);
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(400, official.post("api/budgets", process).statusCode(), "the short name is taken");
        Object khmerBudget = Json.parse(anonymous.get("api/budgets/" + slug + "?lang=km").body());
        assertEquals("ថវិកាភ្នំ " + suffix, Json.string(khmerBudget, "name"), "written in both languages through the API");
        assertEquals("ក្រុងទាំងមូល", Json.string(Json.list(khmerBudget, "headings").get(0), "name"));

        // the worked example's projects, proposed by a citizen; Gym's estimate is corrected in the review
        Map<String, Long> projects = new LinkedHashMap<>();
        for (String[] p : new String[][] {{"Bike", "700"}, {"Gym", "450"}, {"Park", "250"}, {"Playground", "200"},
                {"Library", "100"}}) {
            HttpResponse<String> proposed = author.post("api/budgets/" + slug + "/projects", """
                    {"heading":"town","title":"%s project","description":"The %s.","cost":%s}"""
                    .formatted(p[0], p[0].toLowerCase(), p[1]));
            assertEquals(201, proposed.statusCode(), proposed.body());
            projects.put(p[0], Json.number(Json.parse(proposed.body()), "id"));
        }
        assertEquals(400, author.post("api/budgets/" + slug + "/projects",
                "{\"heading\":\"town\",\"title\":\"No\",\"cost\":5}").statusCode(), "a title too short");
        assertEquals(201, voters.get(1).post("api/budgets/projects/" + projects.get("Bike") + "/supports", "")
                .statusCode());
        HttpResponse<String> twice = voters.get(1).post("api/budgets/projects/" + projects.get("Bike") + "/supports", "");
        assertEquals(409, twice.statusCode(), "one support per person");
        assertEquals(PROBLEM + "budget.support.already", Json.string(Json.parse(twice.body()), "type"));

        // each project is a feasibility case through routing; the decision answers it
        for (long id : projects.values()) {
            assertNotNull(BudgetApi.awaitCase(id), "routing opened the review case of project " + id);
        }
        assertEquals(403, stranger.post("api/budgets/projects/" + projects.get("Bike") + "/review",
                "{\"feasible\":true}").statusCode(), "an official of another body cannot decide");
        assertEquals(400, official.post("api/budgets/projects/" + projects.get("Gym") + "/review",
                "{\"feasible\":true,\"cost\":400}").statusCode(), "a corrected cost needs its reason");
        assertEquals(400, official.post("api/budgets/projects/" + projects.get("Gym") + "/review",
                "{\"feasible\":false}").statusCode(), "an unfeasible project needs its reason");
        HttpResponse<String> corrected = official.post("api/budgets/projects/" + projects.get("Gym") + "/review",
                "{\"feasible\":true,\"cost\":400,\"reason\":\"The hall exists already.\"}");
        assertEquals(200, corrected.statusCode(), corrected.body());
        assertEquals(400L, Json.number(Json.parse(corrected.body()), "cost"));
        for (String name : List.of("Bike", "Park", "Playground", "Library")) {
            assertEquals(200, official.post("api/budgets/projects/" + projects.get(name) + "/review",
                    "{\"feasible\":true}").statusCode());
        }
        String authorEmail = Json.string(Json.parse(author.get("api/accounts/me").body()), "email");
        assertTrue(TestMail.awaitMail(authorEmail, "on the ballot: Gym project", 0, WAIT)
                .contains("The hall exists already."), "the author hears of the decision, with its reason");
        assertEquals("ANSWERED", BudgetApi.text(
                "SELECT state FROM rte_case WHERE item_kind = 'BUDGET_PROJECT' AND item_id = ?", projects.get("Gym")));

        // the dates come: review, then voting, in one scan
        assertEquals(409, voters.get(0).put("api/budgets/" + slug + "/headings/town/ballot",
                "{\"projects\":[" + projects.get("Bike") + "]}").statusCode(), "no voting before its date");
        moveClock(anonymous, Duration.ofMinutes(150));
        assertEquals(200, anonymous.post("api/test-budget-scan", "").statusCode());
        assertEquals("VOTING", Json.string(Json.parse(anonymous.get("api/budgets/" + slug).body()), "phase"));

        // the eleven voters of the example; a fourth choice is refused and nothing changes
        String[][] approvals = {
                {"Bike", "Gym"}, {"Bike", "Gym", "Park"}, {"Bike", "Gym"}, {"Bike", "Gym", "Park"},
                {"Bike", "Gym", "Park"}, {"Bike", "Gym"}, {"Park", "Playground", "Library"}, {"Playground"},
                {"Playground", "Library"}, {"Park", "Playground", "Library"}, {"Bike"}};
        for (int v = 0; v < approvals.length; v++) {
            List<String> ids = new ArrayList<>();
            for (String name : approvals[v]) {
                ids.add(projects.get(name).toString());
            }
            HttpResponse<String> saved = voters.get(v).put("api/budgets/" + slug + "/headings/town/ballot",
                    "{\"projects\":[" + String.join(",", ids) + "]}");
            assertEquals(200, saved.statusCode(), saved.body());
            assertEquals(Boolean.TRUE, Json.at(Json.parse(saved.body()), "counts"));
        }
        HttpResponse<String> fourth = voters.get(1).post("api/budgets/" + slug + "/headings/town/ballot/projects/"
                + projects.get("Library"), "");
        assertEquals(400, fourth.statusCode(), fourth.body());
        assertEquals(PROBLEM + "budget.ballot.tooManyChoices", Json.string(Json.parse(fourth.body()), "type"));
        assertEquals(3L, Json.list(Json.parse(voters.get(1).get("api/budgets/" + slug + "/headings/town/ballot")
                .body()), "chosen").size(), "the refused addition changed nothing");
        assertEquals(11L, BudgetApi.number("""
                SELECT COUNT(*) FROM bud_ballot b JOIN bud_heading h ON h.id = b.heading_id
                JOIN bud_process p ON p.id = h.process_id WHERE p.slug = ?""", slug), "one ballot per voter");
        assertEquals(409, anonymous.get("api/budgets/" + slug + "/results").statusCode(),
                "no results while voting is open");
        HttpResponse<String> ballotPage = voters.get(7).get("budget/ballot.xhtml?slug=" + slug + "&heading=town");
        assertEquals(200, ballotPage.statusCode());
        assertTrue(ballotPage.body().contains("name=\"project\" value=\"" + projects.get("Playground")
                + "\" id=\"project-" + projects.get("Playground") + "\" checked=\"checked\""), ballotPage.body());

        // voting closes: equal shares selects Bike, Playground and Library; the completion adds nothing
        moveClock(anonymous, Duration.ofMinutes(200));
        assertEquals(200, anonymous.post("api/test-budget-scan", "").statusCode());
        Object result = Json.list(Json.parse(anonymous.get("api/budgets/" + slug + "/results").body()), "headings")
                .get(0);
        assertEquals(List.of(projects.get("Bike"), projects.get("Playground"), projects.get("Library")),
                longs(Json.list(result, "selected")));
        assertEquals(1000L, Json.number(result, "spent"));
        assertEquals(11L, Json.number(result, "ballots"));
        Object bikeStep = Json.list(result, "computation.steps").stream()
                .filter(s -> "SELECTED".equals(Json.string(s, "kind"))
                        && projects.get("Bike").toString().equals(Json.string(s, "candidate")))
                .findFirst().orElseThrow();
        assertEquals("100", Json.string(Json.list(bikeStep, "payments").get(0), "amount"),
                "each of Bike's seven supporters paid 100");
        HttpResponse<String> csv = anonymous.getAccepting("api/budgets/" + slug + "/results.csv", "text/csv");
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.body().startsWith("heading,project,title,cost,votes,selected,position"), csv.body());
        assertTrue(csv.body().contains("Gym project,400,6,false"), csv.body());

        // the heading goes out as a Pabulib file and comes back as a closed process with the same result
        HttpResponse<String> pb = anonymous.getAccepting("api/budgets/" + slug + "/headings/town/pabulib", "text/plain");
        assertEquals(200, pb.statusCode(), pb.body());
        assertTrue(pb.body().startsWith("META"), pb.body());
        assertTrue(pb.body().contains("VOTES"), pb.body());
        HttpResponse<String> imported = official.postText("api/budgets/imports?body=" + BODY + "&slug=" + slug
                + "-again&rule=EQUAL_SHARES", "text/plain", pb.body());
        assertEquals(201, imported.statusCode(), imported.body());
        Object again = Json.list(Json.parse(anonymous.get("api/budgets/" + slug + "-again/results").body()),
                "headings").get(0);
        Map<String, Long> reimported = projectIds(anonymous, slug + "-again");
        assertEquals(List.of(reimported.get(projects.get("Bike").toString()),
                reimported.get(projects.get("Playground").toString()),
                reimported.get(projects.get("Library").toString())), longs(Json.list(again, "selected")));
        assertEquals(11L, Json.number(again, "ballots"));
        assertEquals(400, official.postText("api/budgets/imports?body=" + BODY + "&slug=" + slug + "-broken",
                "text/plain", "META\nkey;value\nbudget;abc\n").statusCode(), "a broken file is refused");

        // milestones for winners only, mailed to followers
        String follower = Json.string(Json.parse(voters.get(6).get("api/accounts/me").body()), "email");
        assertEquals(204, voters.get(6).post("api/budgets/projects/" + projects.get("Playground") + "/followers", "")
                .statusCode());
        assertEquals(409, official.post("api/budgets/projects/" + projects.get("Gym") + "/milestones",
                "{\"title\":\"Build\",\"dueOn\":\"2027-01-01\"}").statusCode(), "Gym did not win");
        HttpResponse<String> milestone = official.post("api/budgets/projects/" + projects.get("Playground")
                + "/milestones", "{\"title\":\"Equipment ordered\",\"dueOn\":\"2027-01-15\",\"status\":\"IN_PROGRESS\","
                + "\"progress\":30,\"spent\":60}");
        assertEquals(201, milestone.statusCode(), milestone.body());
        assertTrue(TestMail.awaitMail(follower, "Equipment ordered", 0, WAIT).contains("30 %"));
        long milestoneId = Json.number(Json.parse(milestone.body()), "id");
        long version = Json.number(Json.parse(milestone.body()), "version");
        assertEquals(200, official.put("api/budgets/milestones/" + milestoneId, "{\"title\":\"Equipment ordered\","
                + "\"dueOn\":\"2027-01-15\",\"status\":\"DONE\",\"spent\":190,\"version\":" + version + "}").statusCode());
        assertEquals(409, official.put("api/budgets/milestones/" + milestoneId, "{\"title\":\"Stale\","
                + "\"dueOn\":\"2027-01-15\",\"version\":" + version + "}").statusCode(), "a stale edit is refused");
        assertEquals(200, official.post("api/budgets/" + slug + "/phase", "{\"from\":\"RESULTS\"}").statusCode());
        assertEquals(409, official.post("api/budgets/" + slug + "/phase", "{\"from\":\"RESULTS\"}").statusCode(),
                "a stale phase change is refused");
        HttpResponse<String> page = anonymous.get("budget/process.xhtml?slug=" + slug);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Playground project"), page.body());
    }

    @Test
    @Order(3)
    void twoAdditionsAtTheSameMomentNeverTogetherExceedTheMoneyAndAHeadingIsForItsResidents() throws Exception {
        deployed = base;
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        ApiClient admin = TestAccounts.platformAdministrator(base);
        ApiClient official = BudgetApi.official(base, admin, BODY, suffix);
        ApiClient anonymous = new ApiClient(base);
        List<ApiClient> voters = TestCitizens.signedIn(base, "bud-money", "example.org", "DR-W-HIL", 4);
        ApiClient outsider = TestCitizens.signedIn(base, "bud-outsider", "DR-N-CAP");
        Instant now = Instant.parse(Json.string(Json.parse(anonymous.get("api/test-clock").body()), "now"));
        String slug = "hillview-money-" + suffix;
        assertEquals(201, official.post("api/budgets", """
                {"slug":"%s","body":"%s","name":"Hillview money ballot %s","currency":"USD","ballotKind":"MONEY",
                 "rule":"GREEDY","reviewAt":"%s","votingAt":"%s","resultsAt":"%s",
                 "headings":[{"slug":"hill","name":"Hillview","amount":1000,"region":"DR-W-HIL"}]}"""
                .formatted(slug, BODY, suffix, now.plus(Duration.ofHours(1)), now.plus(Duration.ofHours(2)),
                        now.plus(Duration.ofHours(3)))).statusCode());
        long big = Json.number(Json.parse(voters.get(0).post("api/budgets/" + slug + "/projects",
                "{\"heading\":\"hill\",\"title\":\"A big project\",\"cost\":600}").body()), "id");
        long other = Json.number(Json.parse(voters.get(0).post("api/budgets/" + slug + "/projects",
                "{\"heading\":\"hill\",\"title\":\"Another big project\",\"cost\":500}").body()), "id");
        for (long id : List.of(big, other)) {
            assertNotNull(BudgetApi.awaitCase(id));
            assertEquals(200, official.post("api/budgets/projects/" + id + "/review", "{\"feasible\":true}").statusCode());
        }
        assertEquals(200, official.post("api/budgets/" + slug + "/phase", "{\"from\":\"PROPOSALS\"}").statusCode());
        assertEquals(200, official.post("api/budgets/" + slug + "/phase", "{\"from\":\"REVIEW\"}").statusCode());

        HttpResponse<String> outside = outsider.post("api/budgets/" + slug + "/headings/hill/ballot/projects/" + big, "");
        assertEquals(403, outside.statusCode(), "only residents of Hillview vote on its heading");
        assertEquals(PROBLEM + "budget.ballot.region", Json.string(Json.parse(outside.body()), "type"));

        // each voter's two tabs add 600 and 500 at the same moment: exactly one of them fits
        for (ApiClient voter : voters) {
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService tabs = Executors.newFixedThreadPool(2);
            try {
                List<Future<Integer>> answers = new ArrayList<>();
                for (long id : List.of(big, other)) {
                    Callable<Integer> add = () -> {
                        start.await();
                        return voter.post("api/budgets/" + slug + "/headings/hill/ballot/projects/" + id, "")
                                .statusCode();
                    };
                    answers.add(tabs.submit(add));
                }
                start.countDown();
                List<Integer> codes = new ArrayList<>();
                for (Future<Integer> answer : answers) {
                    codes.add(answer.get());
                }
                codes.sort(Integer::compareTo);
                assertEquals(List.of(200, 400), codes, "one addition fits, the other is over the money");
            } finally {
                tabs.shutdown();
            }
            Object ballot = Json.parse(voter.get("api/budgets/" + slug + "/headings/hill/ballot").body());
            assertEquals(1, Json.list(ballot, "chosen").size());
            assertTrue(Json.number(ballot, "spent") <= 1000);
        }
        assertEquals(4L, BudgetApi.number("""
                SELECT COUNT(*) FROM bud_ballot b JOIN bud_heading h ON h.id = b.heading_id
                JOIN bud_process p ON p.id = h.process_id WHERE p.slug = ?""", slug), "one ballot per voter");
        assertEquals(4L, BudgetApi.number("""
                SELECT COUNT(*) FROM bud_ballot_line l JOIN bud_ballot b ON b.id = l.ballot_id
                JOIN bud_heading h ON h.id = b.heading_id JOIN bud_process p ON p.id = h.process_id
                WHERE p.slug = ?""", slug), "one project on each ballot");
        HttpResponse<String> index = anonymous.get("budget/index.xhtml");
        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains("Hillview money ballot " + suffix), "the list shows the new budget");
    }

    private static List<Long> longs(List<Object> values) {
        return values.stream().map(v -> ((Number) v).longValue()).toList();
    }

    /** The process's projects by their external id (the demo's codes, or the exported numbers). */
    private static Map<String, Long> projectIds(ApiClient client, String slug) {
        Map<String, Long> ids = new LinkedHashMap<>();
        for (Object p : Json.list(Json.parse(client.get("api/budgets/" + slug).body()), "projects")) {
            ids.put(Json.string(p, "externalId"), Json.number(p, "id"));
        }
        return ids;
    }

    private static void moveClock(ApiClient client, Duration by) {
        assertEquals(200, client.put("api/test-clock", "{\"offsetSeconds\":" + by.toSeconds() + "}").statusCode());
    }
}
