package org.civicvoice.participation.petition;

import org.civicvoice.participation.testsupport.ApiClient;
import org.civicvoice.participation.testsupport.Deployments;
import org.civicvoice.participation.testsupport.Http;
import org.civicvoice.participation.testsupport.MovableClock;
import org.civicvoice.participation.testsupport.TestClockResource;
import org.civicvoice.participation.testsupport.TestDatabase;
import org.civicvoice.participation.testsupport.TestMail;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.civicvoice.participation.petition.PetitionApi.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A petition's whole life with the platform's clock moved forward: the per-IP signing limit and its hour, closing
 * at the deadline by the scheduled job with the closing mails, withdrawal links that stop working once a petition
 * closed, and the erasure of signers' personal data months
 * later. The tests run in order, because time only moves forward.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PetitionLifecycleIT {

    private static final Duration MAIL_WAIT = Duration.ofSeconds(30);
    private static final long DAY = 24 * 3600;
    private static PetitionApi api;
    private static long offsetSeconds;
    private static long lifecyclePetition;
    private static long withdrawablePetition;
    private static String withdrawalKey;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform(MovableClock.class, TestClockResource.class, TestClockResource.ClockDto.class,
                TestClockResource.OffsetDto.class);
    }

    @ArquillianResource
    URL base;

    private synchronized PetitionApi api() {
        if (api == null) {
            api = new PetitionApi(base, 30, 3, 1000);
        }
        return api;
    }

    @Test
    @Order(1)
    void signingFromOneAddressIsLimitedPerHourWithAClearMessage() throws Exception {
        PetitionApi api = api();
        long number = api.open(api.citizen("limit-author"), api.citizen("limit-sponsor"), "Street lights on the ring road",
                "transport");
        String run = UUID.randomUUID().toString().substring(0, 6);
        AtomicInteger next = new AtomicInteger();
        HttpResponse<String> refused = null;
        for (int round = 0; round < 40 && refused == null; round++) {
            for (Integer status : PetitionsIT.inParallel(10, i -> signWithoutAccount(number,
                    "many-" + next.incrementAndGet() + "-" + run + "@example.org"))) {
                assertTrue(status == 202 || status == 429, "unexpected " + status);
            }
            HttpResponse<String> probe = signWithoutAccount(number, "probe-" + round + "-" + run + "@example.org");
            if (probe.statusCode() == 429) {
                refused = probe;
            }
        }
        assertNotNull(refused, "no limit after " + next.get() + " signatures from one address");
        assertTrue(next.get() <= 400, "the limit came late: " + next.get());
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
        assertTrue(refused.body().contains("Too many attempts") && refused.body().contains("minutes"), refused.body());
        assertTrue(refused.headers().firstValue("Retry-After").map(Long::parseLong).orElse(0L) > 0,
                "the refusal says when to try again");

        advance(3700);
        assertEquals(202, signWithoutAccount(number, "after-an-hour-" + run + "@example.org").statusCode(),
                "the limit counts the last hour of the platform's clock");
    }

    @Test
    @Order(2)
    void aSignerWithoutAccountWithdrawsWhileThePetitionIsOpen() {
        PetitionApi api = api();
        long number = api.open(api.citizen("keep-author"), api.citizen("keep-sponsor"),
                "Longer library hours in winter " + api.suffix, "environment");
        String email = "keeper-" + UUID.randomUUID().toString().substring(0, 8) + "@example.net";
        assertEquals(202, signWithoutAccount(number, email).statusCode());
        String mail = TestMail.awaitMail(email, "Confirm your signature", 0, MAIL_WAIT);
        assertEquals(200, new ApiClient(base).post("api/signature-confirmations",
                "{\"token\":\"" + TestMail.tokenIn(mail) + "\"}").statusCode());
        api.awaitCount(number, 3);
        withdrawablePetition = number;
        withdrawalKey = PetitionsIT.withdrawalKeyIn(mail);
    }

    @Test
    @Order(3)
    void aPetitionLivesFromDraftToClosedAndAuthorAndOptedInSignerAreTold() {
        PetitionApi api = api();
        ApiClient author = api.citizen("life-author");
        ApiClient sponsor = api.citizen("life-sponsor");
        ApiClient follower = api.citizen("life-follower");
        String title = "Shade trees along every school route " + api.suffix;
        long number = api.draft(author, title, "environment");
        HttpResponse<String> sponsoring = author.post("api/petitions/" + number + "/sponsoring", "");
        String link = string(sponsoring.body(), "sponsorLink");
        assertTrue(link != null && link.startsWith("/petition/sponsor.xhtml?code="), sponsoring.body());
        assertEquals(link, string(author.get("api/petitions/" + number).body(), "sponsorLink"));
        assertEquals(404, sponsor.get("api/petitions/" + number).statusCode(), "sponsors see it through the link only");
        assertEquals(409, follower.post("api/petitions/" + number + "/signatures", "{}").statusCode(),
                "without the link nobody signs while sponsoring");
        String code = link.substring(link.indexOf("code=") + 5);
        assertEquals(201, sponsor.post("api/petitions/" + number + "/signatures",
                "{\"sponsorCode\":\"" + code + "\"}").statusCode());
        HttpResponse<String> waiting = Http.await(PetitionApi.SETTLE,
                r -> "MODERATION".equals(string(r.body(), "state")), () -> author.get("api/petitions/" + number));
        assertEquals("MODERATION", string(waiting.body(), "state"), "one sponsor besides the author is enough");

        HttpResponse<String> approved = api.moderator.post("api/petitions/" + number + "/approval",
                "{\"version\":" + api.version(api.moderator, number) + "}");
        assertEquals(200, approved.statusCode(), approved.body());
        Instant platformNow = Instant.parse(string(new ApiClient(base).get("api/test-clock").body(), "now"));
        Instant openedAt = Instant.parse(string(new ApiClient(base).get("api/petitions/" + number).body(), "openedAt"));
        assertTrue(Duration.between(platformNow, openedAt).abs().toSeconds() < 60,
                "the EJBs use the moved clock: opened " + openedAt + ", platform time " + platformNow);

        assertEquals(201, follower.post("api/petitions/" + number + "/signatures",
                "{\"publicName\":true,\"notify\":true}").statusCode());
        api.awaitCount(number, 3);
        HttpResponse<String> reached = Http.await(PetitionApi.SETTLE,
                r -> r.body().contains("\"kind\":\"THRESHOLD_REACHED\""), () -> new ApiClient(base).get("api/petitions/" + number));
        assertTrue(reached.body().contains("\"detail\":\"BODY_RESPONSE\""), reached.body());

        advance(31 * DAY);
        HttpResponse<String> closed = Http.await(Duration.ofSeconds(40),
                r -> "CLOSED".equals(string(r.body(), "state")), () -> new ApiClient(base).get("api/petitions/" + number));
        assertEquals("CLOSED", string(closed.body(), "state"), "closed by the scheduled job: " + closed.body());
        assertTrue(closed.body().contains("\"figure\":3,\"kind\":\"CLOSED\""), closed.body());
        assertEquals(409, api.citizen("life-late").post("api/petitions/" + number + "/signatures", "{}").statusCode(),
                "a closed petition takes no signatures");

        assertTrue(TestMail.awaitMail(email(author), "Your petition has closed", 0, MAIL_WAIT).contains("3 signatures"));
        assertTrue(TestMail.awaitMail(email(follower), "A petition you signed has closed", 0, MAIL_WAIT)
                .contains("/petition/view.xhtml?number=" + number));
        assertEquals(0, TestMail.count(email(sponsor), "has closed"), "the sponsor did not ask for news");
        assertEquals(0, TestMail.count(email(author), "A petition you signed has closed"), "the author gets one mail");
        lifecyclePetition = number;
    }

    @Test
    @Order(5)
    void signersArePersonallyUnknownMonthsAfterClosingWhileTheCountsStay() throws SQLException {
        long number = lifecyclePetition;
        assertTrue(number > 0, "needs the closed petition of the lifecycle test");
        assertTrue(signerData(number) > 0, "before: names and addresses are kept");
        advance(7 * 31 * DAY);
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (signerData(number) > 0 && System.nanoTime() < deadline) {
            PetitionApi.pause(1000);
        }
        assertEquals(0, signerData(number), "names, e-mails, IPs and accounts of signers are erased");
        HttpResponse<String> detail = new ApiClient(base).get("api/petitions/" + number);
        assertEquals(3, api().count(number));
        assertTrue(detail.body().contains("\"kind\":\"SIGNER_DATA_ANONYMISED\""), detail.body());
        assertTrue(detail.body().contains("{\"code\":\"DR-N-CAP\",\"name\":\"Capital City\",\"signatures\":3}"),
                "per-region totals stay: " + detail.body());
        assertFalse(detail.body().contains("life-follower"), detail.body());
    }

    @Test
    @Order(4)
    void aClosedPetitionNoLongerTakesWithdrawalsAndItsCountStays() {
        long number = withdrawablePetition;
        assertTrue(number > 0, "needs the petition signed without account while open");
        HttpResponse<String> closed = Http.await(Duration.ofSeconds(40),
                r -> "CLOSED".equals(string(r.body(), "state")), () -> new ApiClient(base).get("api/petitions/" + number));
        assertEquals("CLOSED", string(closed.body(), "state"), closed.body());
        HttpResponse<String> refused = new ApiClient(base).post("api/signature-withdrawals",
                "{\"token\":\"" + withdrawalKey + "\"}");
        assertEquals(409, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("can no longer be withdrawn"), refused.body());
        HttpResponse<String> page = Http.get(base, "petition/withdraw.xhtml?token=" + withdrawalKey);
        assertTrue(page.body().contains("can no longer be withdrawn") && !page.body().contains("withdraw:submit"),
                page.body());
        api().assertCountStays(number, 3);
    }

    private HttpResponse<String> signWithoutAccount(long number, String email) {
        return new ApiClient(base).post("api/petitions/" + number + "/signatures",
                "{\"name\":\"Many Signer\",\"email\":\"" + email + "\",\"region\":\"DR-N-01\"}");
    }

    /** Moves the platform's clock forward by {@code seconds} more. */
    private void advance(long seconds) {
        offsetSeconds += seconds;
        HttpResponse<String> moved = new ApiClient(base).put("api/test-clock", "{\"offsetSeconds\":" + offsetSeconds + "}");
        assertEquals(200, moved.statusCode(), moved.body());
    }

    private static String email(ApiClient client) {
        return string(client.get("api/accounts/me").body(), "email");
    }

    /** Signatures of the petition that still hold a name, e-mail, IP or account. */
    private static int signerData(long number) throws SQLException {
        try (Connection db = DriverManager.getConnection(TestDatabase.jdbcUrl(), "root", "");
             Statement query = db.createStatement();
             ResultSet rows = query.executeQuery("SELECT COUNT(*) FROM pet_signature WHERE petition_id = " + number
                     + " AND (name IS NOT NULL OR email IS NOT NULL OR ip IS NOT NULL OR account_id IS NOT NULL)")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
