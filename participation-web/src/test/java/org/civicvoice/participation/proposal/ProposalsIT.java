package org.civicvoice.participation.proposal;

import org.civicvoice.participation.proposal.ProposalApi.Official;
import org.civicvoice.participation.testsupport.ApiClient;
import org.civicvoice.participation.testsupport.Deployments;
import org.civicvoice.participation.testsupport.Http;
import org.civicvoice.participation.testsupport.Json;
import org.civicvoice.participation.testsupport.MovableClock;
import org.civicvoice.participation.testsupport.TestClockResource;
import org.civicvoice.participation.testsupport.TestAccounts;
import org.civicvoice.participation.testsupport.TestDatabase;
import org.civicvoice.participation.testsupport.TestMail;
import org.civicvoice.participation.testsupport.WorkingDays;
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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import static org.civicvoice.participation.proposal.ProposalApi.caseOf;
import static org.civicvoice.participation.proposal.ProposalApi.emailOf;
import static org.civicvoice.participation.proposal.ProposalApi.query;
import static org.civicvoice.participation.proposal.ProposalApi.timelineKinds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Proposals through the real stack: drafting, moderation and the case routing opens on publishing; rejection with a
 * coded reason; exact support counts under concurrency; withdrawal; a routing answer on the timeline and in the
 * followers' mail; a call whose top proposals are forwarded once even when two scans run at once; the public list.
 * The clock only moves forward, in the last test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProposalsIT {

    private static final String PROBLEM = "urn:participation:problem:";
    private static ProposalApi api;
    private static URL deployed;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform(MovableClock.class, TestClockResource.class, TestClockResource.ClockDto.class,
                TestClockResource.OffsetDto.class, ProposalScanResource.class);
    }

    @ArquillianResource
    URL base;

    private synchronized ProposalApi api() {
        if (api == null) {
            deployed = base;
            api = new ProposalApi(base);
        }
        return api;
    }

    @AfterAll
    static void resetClock() {
        if (deployed != null) {
            new ApiClient(deployed).put("api/test-clock", "{\"offsetSeconds\":0}");
        }
    }

    @Test
    @Order(1)
    void aDraftGoesThroughModerationToPublishedAndItsBodyIsAskedForAnAnswer() {
        ProposalApi api = api();
        ApiClient author = api.citizen("prp-author");
        ApiClient other = api.citizen("prp-other");
        ApiClient anonymous = new ApiClient(base);
        assertEquals(401, anonymous.post("api/proposals", ProposalApi.draftJson("Anonymous drafts are refused",
                "health", null)).statusCode());
        HttpResponse<String> tooShort = author.post("api/proposals", ProposalApi.draftJson("Short", "health", null));
        assertEquals(400, tooShort.statusCode(), tooShort.body());
        assertEquals(PROBLEM + "proposal.text.title", Json.string(Json.parse(tooShort.body()), "type"));

        String title = "Clinics open on Saturdays " + api.suffix;
        long number = api.draft(author, title, "health", null);
        assertEquals(404, anonymous.get("api/proposals/" + number).statusCode(), "a draft is not public");
        assertEquals(404, other.get("api/proposals/" + number).statusCode());
        assertEquals(403, other.post("api/proposals/" + number + "/submission", "").statusCode());
        assertTrue(author.get("api/proposals/mine").body().contains("\"number\":" + number));
        long version = api.version(author, number);
        assertEquals(200, author.put("api/proposals/" + number, ProposalApi.draftJson(title + " and Sundays", "health",
                null).replace("}", ",\"version\":" + version + "}")).statusCode());
        assertEquals(409, author.put("api/proposals/" + number, ProposalApi.draftJson(title + " stale", "health",
                null).replace("}", ",\"version\":" + version + "}")).statusCode(), "a stale edit overwrites nothing");

        assertEquals(200, author.post("api/proposals/" + number + "/submission", "").statusCode());
        assertEquals(403, other.post("api/proposals/" + number + "/publication", "{\"version\":0}").statusCode());
        HttpResponse<String> queue = api.moderator.get("api/proposals/moderation?limit=200");
        assertEquals(200, queue.statusCode(), queue.body());
        assertTrue(queue.body().contains("\"number\":" + number), queue.body());
        assertNull(caseOf(number), "no case before publishing");
        assertEquals(409, api.moderator.post("api/proposals/" + number + "/publication", "{\"version\":999}")
                .statusCode(), "publishing a version not read is refused");
        assertEquals(200, api.moderator.post("api/proposals/" + number + "/publication",
                "{\"version\":" + api.version(api.moderator, number) + "}").statusCode());

        Long routedCase = caseOf(number);
        assertNotNull(routedCase, "publishing asked routing for a case in the same transaction");
        Object published = api.read(anonymous, number);
        assertEquals("PUBLISHED", Json.string(published, "state"));
        assertEquals(title + " and Sundays", Json.string(published, "title"));
        List<String> kinds = timelineKinds(published);
        assertTrue(kinds.containsAll(List.of("SUBMITTED", "PUBLISHED", "ROUTED")) && !kinds.contains("CREATED"),
                "the public timeline has the routing step and hides the internal ones: " + kinds);
        Object routed = Json.list(published, "timeline").stream()
                .filter(e -> "ROUTED".equals(Json.string(e, "kind"))).findFirst().orElseThrow();
        assertEquals("Ministry of Health", ((List<?>) Json.at(routed, "arguments")).get(0), routed.toString());
        assertTrue(TestMail.awaitMail(emailOf(author), "Your proposal is published", 0, ProposalApi.MAIL_WAIT)
                .contains("/proposal/view.xhtml?number=" + number));
    }

    @Test
    @Order(2)
    void aRejectedProposalShowsItsCodedReasonAndAnOffensiveOneIsHidden() {
        ProposalApi api = api();
        ApiClient author = api.citizen("prp-rejected");
        long unclear = api.inModeration(author, "Make everything better somehow " + api.suffix, "health", null);
        long offensive = api.inModeration(author, "An insulting text about neighbours " + api.suffix, "health", null);
        assertEquals(400, api.moderator.post("api/proposals/" + unclear + "/rejection", "{\"version\":"
                + api.version(api.moderator, unclear) + ",\"reason\":\"LOUD\"}").statusCode());
        assertEquals(200, api.moderator.post("api/proposals/" + unclear + "/rejection", "{\"version\":"
                + api.version(api.moderator, unclear) + ",\"reason\":\"UNCLEAR\",\"note\":\"Say what should change.\"}")
                .statusCode());
        Object shown = api.read(new ApiClient(base), unclear);
        assertEquals("REJECTED", Json.string(shown, "state"));
        assertEquals("UNCLEAR", Json.string(shown, "rejectionReason"));
        assertEquals("Say what should change.", Json.string(shown, "rejectionNote"));
        assertTrue(timelineKinds(shown).contains("REJECTED"));
        assertNull(caseOf(unclear), "a rejected proposal asks no body");
        assertTrue(TestMail.awaitMail(emailOf(author), "Your proposal was not published", 0, ProposalApi.MAIL_WAIT)
                .contains("Say what should change."));

        assertEquals(200, api.moderator.post("api/proposals/" + offensive + "/rejection", "{\"version\":"
                + api.version(api.moderator, offensive) + ",\"reason\":\"OFFENSIVE\"}").statusCode());
        assertEquals(404, new ApiClient(base).get("api/proposals/" + offensive).statusCode());
        assertEquals(200, author.get("api/proposals/" + offensive).statusCode(), "the author still sees it");
    }

    @Test
    @Order(3)
    void twoHundredCitizensAtOnceCountExactlyAndAWithdrawalDropsTheCount() throws Exception {
        ProposalApi api = api();
        long number = api.published(api.citizen("prp-crowd-author"), "Shade trees along school roads " + api.suffix,
                "education", null);
        List<ApiClient> crowd = api.citizens("prp-crowd", 200);
        List<Integer> statuses = inParallel(crowd.size(), i -> crowd.get(i)
                .post("api/proposals/" + number + "/supports", "{\"follow\":false}").statusCode());
        assertEquals(200, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        api.awaitSupports(number, 200);
        assertEquals(200L, query("SELECT COUNT(*) FROM prp_support WHERE proposal_id = ? AND state = 'ACTIVE'", number));

        assertEquals(204, crowd.get(0).delete("api/proposals/" + number + "/supports/mine").statusCode());
        assertEquals(204, crowd.get(0).delete("api/proposals/" + number + "/supports/mine").statusCode(),
                "withdrawing twice drops the count once");
        api.awaitSupports(number, 199);
        assertEquals(201, crowd.get(0).post("api/proposals/" + number + "/supports", "{}").statusCode(),
                "supporting again counts again");
        api.awaitSupports(number, 200);
        assertEquals(1L, query("SELECT COUNT(*) FROM prp_support WHERE proposal_id = ? AND account_id = "
                + "(SELECT id FROM idn_account WHERE account_key = ?)", number, crowd.get(0).accountKey()));
    }

    @Test
    @Order(4)
    void fiftyParallelSupportsOfOneCitizenMakeOneAndTheOthersHearItIsSupportedAlready() throws Exception {
        ProposalApi api = api();
        long number = api.published(api.citizen("prp-race-author"), "Water fountains in every park " + api.suffix,
                "health", null);
        ApiClient citizen = api.citizen("prp-racer");
        List<Integer> statuses = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (HttpResponse<String> answer : inParallel(50, i -> citizen.post("api/proposals/" + number + "/supports",
                "{}"))) {
            statuses.add(answer.statusCode());
            if (answer.statusCode() == 409) {
                problems.add(Json.string(Json.parse(answer.body()), "type"));
                assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            }
        }
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(49, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        assertTrue(problems.stream().allMatch((PROBLEM + "proposal.support.already")::equals), problems.toString());
        api.awaitSupports(number, 1);
        ProposalApi.pause(2500);
        assertEquals(1, (int) Json.number(api.read(api.moderator, number), "supports"), "the count stays at one");
        assertEquals(1L, query("SELECT COUNT(*) FROM prp_support WHERE proposal_id = ?", number));
    }

    @Test
    @Order(5)
    void anAnswerOfTheBodyIsOnThePublicTimelineMarksTheProposalAnsweredAndReachesFollowers() {
        ProposalApi api = api();
        Official official = api.official(ProposalApi.BODY, "OFFICIAL", "Ola Official " + api.suffix);
        Official approver = api.official(ProposalApi.BODY, "APPROVER", "Ari Approver " + api.suffix);
        String title = "Evening hours at district clinics " + api.suffix;
        long number = api.published(api.citizen("prp-answered-author"), title, "health", null);
        ApiClient follower = api.citizen("prp-follower");
        assertEquals(201, follower.post("api/proposals/" + number + "/supports", "{\"follow\":true}").statusCode());
        Object before = api.read(follower, number);
        assertEquals(true, Json.at(before, "supportedByMe"));
        assertEquals(true, Json.at(before, "followedByMe"));

        long routedCase = caseOf(number);
        String n = "api/cases/" + routedCase;
        String text = "We open the district clinics until 8 pm from next month " + api.suffix;
        assertEquals(204, official.client().post(n + "/claim", "").statusCode());
        assertEquals(204, official.client().put(n + "/answer", "{\"text\":\"" + text + "\",\"version\":null}")
                .statusCode());
        assertEquals(204, official.client().post(n + "/answer/submission", "").statusCode());
        assertEquals(204, approver.client().post(n + "/answer/approval", "").statusCode());

        Object answered = api.read(new ApiClient(base), number);
        assertEquals("ANSWERED", Json.string(answered, "state"));
        assertNotNull(Json.at(answered, "answeredAt"));
        Object step = Json.list(answered, "timeline").stream()
                .filter(e -> "ANSWERED".equals(Json.string(e, "kind"))).findFirst().orElseThrow();
        assertEquals("proposal.timeline.ANSWERED", Json.string(step, "key"));
        assertTrue(Json.string(step, "text").contains("Ministry of Health"), step.toString());
        assertEquals(text, Json.string(Json.list(answered, "answers").get(0), "text"));
        String mail = TestMail.awaitMail(emailOf(follower), "A proposal you follow was answered", 0,
                ProposalApi.MAIL_WAIT);
        assertTrue(mail.contains(title) && mail.contains("Ministry of Health"), mail);
        assertEquals(409, follower.post("api/proposals/" + number + "/supports", "{}").statusCode(),
                "an answered proposal takes no more supports");
    }

    @Test
    @Order(6)
    void commentsAreThreadedOneLevelAndAModeratorHidesOneWithAReason() {
        ProposalApi api = api();
        long number = api.published(api.citizen("prp-comment-author"), "Bicycle lanes to every school " + api.suffix,
                "transport", null);
        ApiClient citizen = api.citizen("prp-commenter");
        HttpResponse<String> first = citizen.post("api/proposals/" + number + "/comments",
                "{\"text\":\"<b>Yes</b>, please\"}");
        assertEquals(201, first.statusCode(), first.body());
        String location = first.headers().firstValue("Location").orElseThrow();
        long comment = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        HttpResponse<String> reply = citizen.post("api/proposals/" + number + "/comments",
                "{\"text\":\"And safe crossings\",\"replyTo\":" + comment + "}");
        assertEquals(201, reply.statusCode(), reply.body());
        long replyId = Long.parseLong(reply.headers().firstValue("Location").orElseThrow().replaceAll(".*/", ""));
        assertEquals(201, citizen.post("api/proposals/" + number + "/comments",
                "{\"text\":\"A reply to the reply\",\"replyTo\":" + replyId + "}").statusCode());
        List<?> thread = (List<?>) Json.parse(new ApiClient(base).get("api/proposals/" + number + "/comments").body());
        assertEquals(1, thread.size(), "replies hang under their comment: " + thread);
        assertEquals("<b>Yes</b>, please", Json.string(thread.get(0), "text"), "stored as plain text");
        assertEquals(2, Json.list(thread.get(0), "replies").size(), "a reply to a reply answers the same comment");

        assertEquals(403, citizen.post("api/proposals/" + number + "/comments/" + comment + "/hiding",
                "{\"reason\":\"SPAM\"}").statusCode());
        assertEquals(204, api.moderator.post("api/proposals/" + number + "/comments/" + comment + "/hiding",
                "{\"reason\":\"SPAM\"}").statusCode());
        Object hidden = ((List<?>) Json.parse(new ApiClient(base).get("api/proposals/" + number + "/comments").body()))
                .get(0);
        assertNull(Json.at(hidden, "text"));
        assertEquals("SPAM", Json.string(hidden, "hiddenReason"));
    }

    @Test
    @Order(7)
    void theListIsSearchedFilteredSortedPagedCachedAndExportedAsCsv() {
        ProposalApi api = api();
        ApiClient author = api.citizen("prp-list");
        String word = "zq" + api.suffix.replaceAll("[^a-z]", "x");
        long first = api.published(author, "Quiet hours " + word + " near hospitals", "health", null);
        long second = api.published(author, "Reading rooms " + word + " in libraries", "education", null);
        assertEquals(201, api.citizen("prp-list-fan").post("api/proposals/" + second + "/supports", "{}").statusCode());
        api.awaitSupports(second, 1);

        HttpResponse<String> found = new ApiClient(base).get("api/proposals?q=" + word + "&sort=most-supported");
        assertEquals(200, found.statusCode(), found.body());
        assertTrue(found.headers().firstValue("Cache-Control").orElse("").contains("max-age=5"));
        List<Object> items = Json.list(Json.parse(found.body()), "items");
        assertEquals(2, items.size(), found.body());
        assertEquals(second, Json.number(items.get(0), "number"), "most supported first");
        List<Object> newest = Json.list(Json.parse(new ApiClient(base).get("api/proposals?q=" + word
                + "&sort=newest").body()), "items");
        assertEquals(second, Json.number(newest.get(0), "number"));
        List<Object> health = Json.list(Json.parse(new ApiClient(base).get("api/proposals?q=" + word
                + "&topic=health").body()), "items");
        assertEquals(1, health.size());
        assertEquals(first, Json.number(health.get(0), "number"));
        Object page = Json.parse(new ApiClient(base).get("api/proposals?q=" + word + "&limit=1").body());
        assertEquals(2L, Json.number(page, "total"));
        assertEquals(true, Json.at(page, "hasMore"));
        assertEquals(400, new ApiClient(base).get("api/proposals?sort=loudest").statusCode());
        assertEquals("private, no-store", author.get("api/proposals?q=" + word).headers()
                .firstValue("Cache-Control").orElse(""));

        HttpResponse<String> csv = Http.get(base, "api/proposals.csv?q=" + word);
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.body().startsWith("number,title,kind,state"), csv.body());
        assertTrue(csv.body().contains(first + ",Quiet hours " + word), csv.body());
    }

    @Test
    @Order(8)
    void aClosedCallForwardsItsTopProposalsOnceEvenWhenTwoScansRunAtOnce() throws Exception {
        ProposalApi api = api();
        Official official = api.official(ProposalApi.BODY, "OFFICIAL", "Cal Caller " + api.suffix);
        Instant now = Instant.parse(Json.string(Json.parse(new ApiClient(base).get("api/test-clock").body()), "now"));
        String call = """
                {"body":"%s","title":"Ideas for shorter waits %s","question":"How can clinics see patients sooner?",
                 "opensAt":"%s","closesAt":"%s","topN":2,"toPetitionsCommittee":false}"""
                .formatted(ProposalApi.BODY, api.suffix, now.minusSeconds(60), now.plus(Duration.ofHours(1)));
        assertEquals(403, api.citizen("prp-not-official").post("api/proposal-calls", call).statusCode());
        HttpResponse<String> opened = official.client().post("api/proposal-calls", call);
        assertEquals(201, opened.statusCode(), opened.body());
        long callId = Json.number(Json.parse(opened.body()), "id");
        HttpResponse<String> calls = new ApiClient(base).get("api/proposal-calls");
        assertEquals(200, calls.statusCode(), calls.body());
        assertTrue(calls.body().contains("\"id\":" + callId + ","), calls.body());

        List<ApiClient> supporters = api.citizens("prp-call", 3);
        long[] proposals = new long[3];
        for (int i = 0; i < 3; i++) {
            proposals[i] = api.published(api.citizen("prp-call-author"), "Waiting room idea " + i + " " + api.suffix,
                    "health", callId);
            assertNull(caseOf(proposals[i]), "a proposal in a call waits for the call to close");
        }
        for (int i = 0; i < 3; i++) {
            for (int s = 0; s < 3 - i; s++) {
                assertEquals(201, supporters.get(s).post("api/proposals/" + proposals[i] + "/supports", "{}")
                        .statusCode());
            }
        }
        assertEquals(200, new ApiClient(base).put("api/test-clock", "{\"offsetSeconds\":7200}").statusCode());
        List<HttpResponse<String>> scans = inParallel(2, i -> new ApiClient(base).post("api/test-proposal-scan", ""));
        for (HttpResponse<String> scan : scans) {
            assertEquals(200, scan.statusCode(), scan.body());
        }
        ProposalApi.pause(11_000);

        Object ranking = Json.parse(new ApiClient(base).get("api/proposal-calls/" + callId).body());
        assertNotNull(Json.at(ranking, "call.closedAt"));
        assertEquals(List.of(proposals[0], proposals[1]), Json.list(ranking, "forwarded").stream()
                .map(n -> ((Number) n).longValue()).toList());
        assertEquals(proposals[0], Json.number(Json.list(ranking, "ranked").get(0), "number"));
        assertEquals(2L, query("SELECT COUNT(*) FROM prp_forward WHERE call_id = ?", callId), "forwarded once");
        for (int i = 0; i < 2; i++) {
            assertNotNull(caseOf(proposals[i]), "the forwarded proposal has its case");
            List<String> kinds = timelineKinds(api.read(new ApiClient(base), proposals[i]));
            assertEquals(1, kinds.stream().filter("FORWARDED"::equals).count(), kinds.toString());
        }
        assertNull(caseOf(proposals[2]), "the third is not forwarded");
    }

    @Test
    @Order(9)
    void aProposalIsDueWithinTheWorkingDaysItsBodyAllowsForProposals() throws Exception {
        ProposalApi api = api();
        ApiClient admin = TestAccounts.platformAdministrator(base);
        String deadline = "api/deadlines/PROPOSAL/" + ProposalApi.BODY;
        HttpResponse<String> set = admin.put(deadline, "{\"workingDays\":7,\"reminderDays\":2,\"escalationDays\":3}");
        assertEquals(200, set.statusCode(), set.body());
        try {
            long number = api.published(api.citizen("prp-deadline"), "Night pharmacies in every town " + api.suffix,
                    "health", null);
            long routed = caseOf(number);
            Instant created;
            Instant due;
            Instant remind;
            try (Connection db = DriverManager.getConnection(TestDatabase.jdbcUrl(), "root", "");
                 PreparedStatement read = db.prepareStatement("""
                         SELECT c.created_at, c.due_at, c.remind_at, b.slug FROM rte_case c
                         JOIN org_body b ON b.id = c.body_id WHERE c.id = ?""")) {
                read.setLong(1, routed);
                try (ResultSet row = read.executeQuery()) {
                    assertTrue(row.next());
                    assertEquals(ProposalApi.BODY, row.getString(4), "the body the deadline is set for answers");
                    created = row.getTimestamp(1).toInstant();
                    due = row.getTimestamp(2).toInstant();
                    remind = row.getTimestamp(3).toInstant();
                }
            }
            LocalDate start = created.atZone(ZoneOffset.UTC).toLocalDate();
            Set<LocalDate> holidays = WorkingDays.holidays(start.minusDays(10), start.plusDays(60));
            LocalDate dueDay = WorkingDays.after(start, 7, holidays);
            assertEquals(dueDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), due,
                    "due at the end of the seventh working day after " + start);
            assertEquals(WorkingDays.before(dueDay, 2, holidays).atStartOfDay(ZoneOffset.UTC).toInstant(), remind,
                    "reminded two working days before");
        } finally {
            assertEquals(204, admin.delete(deadline).statusCode());
        }
    }

    private static <T> List<T> inParallel(int n, IntFunction<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(n, 50));
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.apply(index);
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }
}
