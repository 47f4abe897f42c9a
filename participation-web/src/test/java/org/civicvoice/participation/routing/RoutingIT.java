package org.civicvoice.participation.routing;

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
import org.civicvoice.participation.testsupport.TestRoutingResource;
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
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Routing on the real stack: petitions that reach their thresholds become cases routed by the rules, officials of
 * the body work on them through {@code /api/cases} (and nobody else may), transfers end at the coordinating body,
 * answers are published under four eyes, the petitions committee hears and refers, due dates count working days,
 * and reminders and escalations happen once each as the platform's clock moves, as do the reminders and the overdue
 * marks of commitments. The tests run in order: they share
 * one set of officials and petitions, and the clock only moves forward.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RoutingIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration MAIL_WAIT = Duration.ofSeconds(60);
    /** Longer than two scans of the case schedule (every five seconds). */
    private static final long MORE_THAN_TWO_SCANS_MS = 11_500;
    private static final String HEALTH = "ministry-of-health";
    private static final String EDUCATION = "ministry-of-education";
    private static final String COMMITTEE = "petitions-committee";
    private static final String GOVERNMENT = "government";
    private static final String PROBLEM = "urn:participation:problem:";
    /** A Friday before three demo holidays (25 December, 1 and 7 January) and two year-end weekends. */
    private static final Instant KNOWN_FRIDAY = Instant.parse("2026-12-18T10:00:00Z");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform(MovableClock.class, TestClockResource.class, TestClockResource.ClockDto.class,
                TestClockResource.OffsetDto.class, TestRoutingResource.class, TestRoutingResource.RequestsDto.class,
                TestRoutingResource.RedeliveryDto.class, TestRoutingResource.OutcomeDto.class,
                TestRoutingResource.Requester.class);
    }

    @ArquillianResource
    URL base;

    private static URL deployed;
    private static boolean prepared;
    private static String suffix;
    private static ApiClient moderator;
    private static Official official;
    private static Official approver;
    private static Official headOfHealth;
    private static Official otherMinistry;
    private static Official committeeMember;
    private static Signed answerPetition;
    private static Signed transferPetition;
    private static Signed parliamentPetition;
    private static Signed deadlinePetition;
    private static long answerCase;
    private static long transferCase;
    private static long reviewCase;
    private static long deadlineCase;
    private static LocalDate expectedDueDay;
    private static String governmentType;

    record Official(ApiClient client, String email, String name, String key) {
    }

    /** A petition open for signatures, its title and the citizen who gives the signature that reaches the threshold. */
    record Signed(long number, String title, ApiClient signer, String signerEmail) {
    }

    @AfterAll
    static void resetClock() {
        if (deployed != null) {
            new ApiClient(deployed).put("api/test-clock", "{\"offsetSeconds\":0}");
        }
    }

    @Test
    @Order(1)
    void rulesRouteAHealthPetitionToItsMinistryAndAParliamentPetitionToTheCommittee() {
        prepare();
        Object file = file(official, answerCase);
        assertEquals("PETITION_RESPONSE", Json.string(file, "type"));
        assertEquals(HEALTH, Json.string(file, "body.slug"), "addressed to the government, routed by topic");
        String reason = Json.string(file, "routeReason");
        assertTrue(reason.contains("rule 2"), reason);
        assertTrue(Json.string(file, "rule.conditions").contains("topic = health"), file.toString());
        assertEquals(2, Json.number(file, "rule.number"));
        assertTrue(Json.number(file, "rule.version") >= 1, file.toString());
        assertEquals("health", Json.string(file, "topic"));
        assertEquals("NEW", Json.string(file, "state"));
        assertEquals(answerPetition.number(), Json.number(file, "itemId"));
        assertEquals("Ministry of Health", Json.string(file, "body.name"));
        HttpResponse<String> inKhmer = official.client().get("api/cases/" + answerCase + "?lang=km");
        assertEquals("ក្រសួងសុខាភិបាល", Json.string(Json.parse(inKhmer.body()), "body.name"),
                "the case names its body in the reader's language: " + inKhmer.body());
        assertTrue(Json.string(Json.parse(inKhmer.body()), "routeReason").contains("ក្រសួងសុខាភិបាល"),
                "why the case is here, with the body's name in Khmer: " + inKhmer.body());
        assertEquals("ROUTED", Json.string(file, "history.0.kind"));
        assertEquals(false, Json.at(file, "history.0.internal"), "routing is a public step");
        assertNull(Json.at(file, "assignee"));
        assertNull(Json.at(file, "oversightBody"));

        Object review = file(committeeMember, reviewCase);
        assertEquals("PARLIAMENT_REVIEW", Json.string(review, "type"));
        assertEquals(COMMITTEE, Json.string(review, "body.slug"));
        String reviewReason = Json.string(review, "routeReason");
        assertTrue(reviewReason.contains("rule 1"), "the parliament rule outranks the topic rule: " + reviewReason);
        assertEquals(1, Json.number(review, "rule.number"));

        assertTrue(inQueue(official, HEALTH, answerCase), "the case waits in the ministry's queue");
        assertTrue(inQueue(official, HEALTH, transferCase));
        HttpResponse<String> counts = official.client().get("api/cases/counts?body=" + HEALTH);
        assertEquals(200, counts.statusCode(), counts.body());
        Object countsJson = Json.parse(counts.body());
        assertTrue(Json.number(countsJson, "byState.NEW") >= 2, counts.body());
        assertNotNull(Json.at(countsJson, "overdue"), counts.body());
        assertEquals("private, no-store", counts.headers().firstValue("Cache-Control").orElse(""));

        Object timeline = publicPetition(answerPetition.number());
        assertTrue(hasEvent(timeline, "ROUTED", "Ministry of Health"), timeline.toString());
        assertTrue(hasEvent(publicPetition(parliamentPetition.number()), "ROUTED", "Petitions Committee"));
    }

    @Test
    @Order(2)
    void onlyOfficialsOfTheCaseBodyActOnIt() {
        prepare();
        String n = "api/cases/" + answerCase;
        ApiClient other = otherMinistry.client();
        assertForbidden(other.get(n), "the case file");
        assertForbidden(other.post(n + "/claim", ""), "claim");
        assertForbidden(other.post(n + "/assignment", "{\"official\":\"" + otherMinistry.key() + "\"}"), "assignment");
        assertForbidden(other.post(n + "/transfer", "{\"body\":\"" + EDUCATION + "\",\"reason\":\"Ours now\"}"),
                "transfer");
        assertForbidden(other.post(n + "/notes", "{\"text\":\"Looked at it\"}"), "notes");
        assertForbidden(other.put(n + "/answer", "{\"text\":\"Our answer\",\"version\":null}"), "answer");
        assertForbidden(other.post(n + "/answer/submission", ""), "submission");
        assertForbidden(other.post(n + "/answer/approval", ""), "approval");
        assertForbidden(other.post(n + "/answer/return", "{\"note\":\"Again\"}"), "return");
        assertForbidden(other.post(n + "/commitments",
                "{\"action\":\"Something\",\"body\":\"" + EDUCATION + "\",\"due\":\"2027-06-30\"}"), "commitments");
        assertForbidden(other.post(n + "/closure", ""), "closure");
        assertForbidden(other.get("api/cases?body=" + HEALTH), "the ministry's queue");
        assertForbidden(other.get("api/cases/counts?body=" + HEALTH), "the ministry's counts");
        assertEquals(403, answerPetition.signer().get(n).statusCode(), "a citizen holds no official role");

        ApiClient anonymous = new ApiClient(base);
        for (HttpResponse<String> refused : List.of(anonymous.get(n), anonymous.post(n + "/claim", ""),
                anonymous.put(n + "/answer", "{\"text\":\"Anonymous\"}"), anonymous.get("api/cases?body=" + HEALTH))) {
            assertTrue(refused.statusCode() == 401 || refused.statusCode() == 403,
                    refused.statusCode() + " " + refused.body());
        }

        Object untouched = file(official, answerCase);
        assertEquals("NEW", Json.string(untouched, "state"));
        assertEquals(HEALTH, Json.string(untouched, "body.slug"));
        assertEquals(1, Json.list(untouched, "history").size(), "nothing was recorded: " + untouched);
        assertEquals(404, official.client().get("api/cases/999999999").statusCode());
        assertEquals(404, official.client().get("api/cases/0").statusCode());
        assertEquals(404, official.client().get("api/cases/not-a-number").statusCode());
        assertEquals(400, official.client().get("api/cases").statusCode(), "a queue needs its body");
        assertEquals(400, official.client().get("api/cases?body=" + HEALTH + "&state=lost").statusCode());
    }

    @Test
    @Order(3)
    void transfersNeedAReasonAndAfterThreeTheCoordinatingBodyDecides() {
        prepare();
        String n = "api/cases/" + transferCase;
        HttpResponse<String> noReason = official.client().post(n + "/transfer",
                "{\"body\":\"" + EDUCATION + "\",\"reason\":\"  \"}");
        assertProblem(noReason, 400, "case.invalid.reason");
        assertProblem(official.client().post(n + "/transfer", "{\"body\":\"" + HEALTH + "\",\"reason\":\"Stay\"}"),
                400, "case.invalid.target");
        assertEquals(404, official.client().post(n + "/transfer",
                "{\"body\":\"no-such-body-anywhere\",\"reason\":\"Somewhere\"}").statusCode());

        String[] reasons = {"School clinics are run by the schools " + suffix,
                "Clinic staff are hired by the health service " + suffix,
                "The clinics sit on school grounds " + suffix,
                "The budget line is the ministry of health's " + suffix};
        assertEquals(204, official.client().post(n + "/transfer", transfer(EDUCATION, reasons[0])).statusCode());
        assertForbidden(official.client().get(n), "after the transfer the ministry no longer has the case");
        assertEquals(EDUCATION, Json.string(file(otherMinistry, transferCase), "body.slug"));
        assertEquals(204, otherMinistry.client().post(n + "/transfer", transfer(HEALTH, reasons[1])).statusCode());
        assertEquals(204, official.client().post(n + "/transfer", transfer(EDUCATION, reasons[2])).statusCode());
        Object afterThree = file(otherMinistry, transferCase);
        assertEquals(3, Json.number(afterThree, "transfers"));
        assertEquals(EDUCATION, Json.string(afterThree, "body.slug"));

        assertEquals(204, otherMinistry.client().post(n + "/transfer", transfer(HEALTH, reasons[3])).statusCode());
        assertForbidden(otherMinistry.client().get(n), "the case left the ministry");
        assertForbidden(official.client().get(n), "the fourth transfer did not reach the ministry of health");
        Object atGovernment = file(TestAccounts.platformAdministrator(base), transferCase);
        assertEquals(GOVERNMENT, Json.string(atGovernment, "body.slug"), "the coordinating body decides");
        assertEquals(4, Json.number(atGovernment, "transfers"));
        assertEquals("NEW", Json.string(atGovernment, "state"));
        List<Map<?, ?>> transfers = events(atGovernment, "TRANSFERRED");
        assertEquals(4, transfers.size(), atGovernment.toString());
        assertEquals(List.of(EDUCATION, HEALTH, EDUCATION, GOVERNMENT),
                transfers.stream().map(e -> Json.string(e, "body.slug")).toList());
        assertEquals(reasons[0], Json.string(transfers.get(0), "detail"));
        assertEquals(official.name(), Json.string(transfers.get(0), "actor"));
        String last = Json.string(transfers.get(3), "detail");
        assertTrue(last.startsWith(reasons[3]) && last.contains("after 3 transfers"), last);

        Object timeline = publicPetition(transferPetition.number());
        List<Map<?, ?>> publicTransfers = publicEvents(timeline, "TRANSFERRED");
        assertEquals(4, publicTransfers.size(), timeline.toString());
        assertTrue(Json.string(publicTransfers.get(0), "detail").contains(reasons[0]), timeline.toString());
        assertTrue(Json.string(publicTransfers.get(3), "detail").startsWith("Government of the Demo Republic"),
                timeline.toString());
    }

    @Test
    @Order(4)
    void anAnswerIsPublishedUnderFourEyesWithItsCommitmentsAndSignersHearOfIt() {
        prepare();
        String n = "api/cases/" + answerCase;
        ApiClient drafter = official.client();

        assertForbidden(drafter.post(n + "/assignment", "{\"official\":\"" + approver.key() + "\"}"),
                "only the body's administrators assign");
        assertProblem(headOfHealth.client().post(n + "/assignment", "{\"official\":\"" + otherMinistry.key() + "\"}"),
                400, "case.invalid.assignee");
        assertEquals(204, headOfHealth.client().post(n + "/assignment",
                "{\"official\":\"" + approver.key() + "\"}").statusCode());
        assertEquals(approver.key(), Json.string(file(official, answerCase), "assignee.accountKey"));
        assertEquals(204, drafter.post(n + "/claim", "").statusCode());
        Object claimed = file(official, answerCase);
        assertEquals(official.name(), Json.string(claimed, "assignee.name"));
        assertEquals("ASSIGNED", Json.string(claimed, "state"));
        assertEquals(false, Json.at(claimed, "mayAssign"));
        assertEquals(true, Json.at(file(headOfHealth, answerCase), "mayAssign"));

        String note = "Asked the hospitals department for waiting times " + suffix;
        assertEquals(204, drafter.post(n + "/notes", "{\"text\":\"" + note + "\"}").statusCode());
        assertProblem(drafter.post(n + "/notes", "{\"text\":\"\"}"), 400, "case.invalid.note");

        String promise = "Publish the waiting times of every district hospital " + suffix;
        HttpResponse<String> kept = drafter.post(n + "/commitments",
                "{\"action\":\"" + promise + "\",\"body\":\"" + HEALTH + "\",\"due\":\"2027-06-30\"}");
        assertEquals(201, kept.statusCode(), kept.body());
        assertTrue(kept.headers().firstValue("Location").orElse("").endsWith("/api/cases/" + answerCase));
        long keptId = Json.number(Json.parse(kept.body()), "id");
        HttpResponse<String> withdrawn = drafter.post(n + "/commitments",
                "{\"action\":\"A promise reconsidered\",\"due\":\"2027-03-31\"}");
        assertEquals(201, withdrawn.statusCode(), withdrawn.body());
        assertEquals(HEALTH, Json.string(Json.parse(withdrawn.body()), "owner.slug"), "the case's body by default");
        assertProblem(drafter.post(n + "/commitments", "{\"action\":\"Soon\",\"due\":\"2027-13-01\"}"), 400,
                "case.invalid.commitment.due");
        assertForbidden(otherMinistry.client().post("api/commitments/" + keptId + "/settlement",
                "{\"state\":\"DONE\"}"), "settling another body's commitment");
        long withdrawnId = Json.number(Json.parse(withdrawn.body()), "id");
        assertProblem(drafter.post("api/commitments/" + withdrawnId + "/settlement", "{\"state\":\"DONE\"}"), 409,
                "case.state.wrong", "a commitment is settled only after the answer");
        assertForbidden(otherMinistry.client().delete("api/commitments/" + withdrawnId), "withdrawing for another body");
        assertEquals(204, drafter.delete("api/commitments/" + withdrawnId).statusCode());
        assertEquals(1, Json.list(file(official, answerCase), "commitments").size(),
                "a commitment dropped before the answer is published is withdrawn");

        String text = "The ministry will publish waiting times every month " + suffix;
        assertEquals(204, drafter.put(n + "/answer", answer(text, null)).statusCode());
        Object drafted = file(official, answerCase);
        assertEquals("IN_PROGRESS", Json.string(drafted, "state"));
        assertEquals(text, Json.string(drafted, "answer.text"));
        assertEquals(official.name(), Json.string(drafted, "answer.draftedBy"));
        long firstVersion = Json.number(drafted, "answer.version");
        assertProblem(drafter.put(n + "/answer", answer("A second first draft", null)), 409, "case.changedMeanwhile");
        String revised = text + ", starting in January";
        assertEquals(204, drafter.put(n + "/answer", answer(revised, firstVersion)).statusCode());
        assertProblem(drafter.put(n + "/answer", answer("Written on a stale page", firstVersion)), 409,
                "case.changedMeanwhile");
        assertEquals(revised, Json.string(file(official, answerCase), "answer.text"), "nothing was overwritten");

        assertEquals(204, drafter.post(n + "/answer/submission", "").statusCode());
        assertEquals("AWAITING_APPROVAL", Json.string(file(official, answerCase), "state"));
        assertEquals(false, Json.at(file(official, answerCase), "mayApprove"));
        assertForbidden(drafter.post(n + "/answer/approval", ""), "an official without approving rights");
        assertEquals(true, Json.at(file(approver, answerCase), "mayApprove"));

        assertProblem(approver.client().post(n + "/answer/return", "{\"note\":\"\"}"), 400, "case.invalid.note");
        assertEquals(204, approver.client().post(n + "/answer/return",
                "{\"note\":\"Say which hospitals come first\"}").statusCode());
        Object returned = file(official, answerCase);
        assertEquals("IN_PROGRESS", Json.string(returned, "state"));
        assertNull(Json.at(returned, "answer.submittedBy"));
        String finalText = revised + ", the district hospitals first.";
        assertEquals(204, drafter.put(n + "/answer",
                answer(finalText, Json.number(returned, "answer.version"))).statusCode());

        assertEquals(204, headOfHealth.client().post(n + "/answer/submission", "").statusCode());
        assertEquals(false, Json.at(file(headOfHealth, answerCase), "mayApprove"));
        assertProblem(headOfHealth.client().post(n + "/answer/approval", ""), 400, "case.fourEyes");
        assertEquals("AWAITING_APPROVAL", Json.string(file(official, answerCase), "state"));

        assertEquals(204, approver.client().post(n + "/answer/approval", "").statusCode());
        Object answered = file(official, answerCase);
        assertEquals("ANSWERED", Json.string(answered, "state"));
        assertEquals(finalText, Json.string(answered, "answer.text"));
        assertEquals(official.name(), Json.string(answered, "answer.draftedBy"));
        assertEquals(headOfHealth.name(), Json.string(answered, "answer.submittedBy"));
        assertEquals(approver.name(), Json.string(answered, "answer.approvedBy"));
        assertNotNull(Json.at(answered, "answer.publishedAt"));
        assertNotNull(Json.at(answered, "answeredAt"));
        List<Map<?, ?>> notes = events(answered, "NOTE");
        assertEquals(1, notes.size());
        assertEquals(note, Json.string(notes.get(0), "detail"));
        assertEquals(true, Json.at(notes.get(0), "internal"));
        assertEquals(true, Json.at(events(answered, "ANSWER_DRAFTED").get(0), "internal"));
        assertEquals(false, Json.at(events(answered, "ANSWERED").get(0), "internal"));

        Object timeline = publicPetition(answerPetition.number());
        assertTrue(hasEvent(timeline, "ANSWERED", "Ministry of Health"), timeline.toString());
        assertTrue(hasEvent(timeline, "COMMITMENT_MADE", promise), timeline.toString());
        assertFalse(timeline.toString().contains(note), "internal notes never reach the public");
        assertFalse(timeline.toString().contains("A promise reconsidered"), "a withdrawn commitment was never made");
        assertNotNull(Json.at(timeline, "answeredAt"));
        String mail = TestMail.awaitMail(answerPetition.signerEmail(), "A petition you follow was answered", 0,
                MAIL_WAIT);
        assertTrue(mail.contains(answerPetition.title()) && mail.contains("Ministry of Health"), mail);
        assertTrue(mail.contains("/petition/view.xhtml?number=" + answerPetition.number()), mail);

        assertEquals(204, drafter.post("api/commitments/" + keptId + "/settlement", "{\"state\":\"DONE\"}")
                .statusCode());
        assertEquals("DONE", Json.string(file(official, answerCase), "commitments.0.state"));
        assertEquals(400, drafter.post("api/commitments/" + keptId + "/settlement", "{\"state\":\"OPEN\"}")
                .statusCode());
        assertTrue(hasEvent(publicPetition(answerPetition.number()), "COMMITMENT_DONE", promise));

        assertForbidden(otherMinistry.client().post(n + "/closure", ""), "closing another body's case");
        assertEquals(204, drafter.post(n + "/closure", "").statusCode());
        assertEquals("CLOSED", Json.string(file(official, answerCase), "state"));
        assertProblem(drafter.post(n + "/closure", ""), 409, "case.state.wrong");
        assertTrue(hasEvent(publicPetition(answerPetition.number()), "CASE_CLOSED", null));
    }

    @Test
    @Order(5)
    void theCommitteeHoldsAHearingAndRefersThePetitionToAMinistry() {
        prepare();
        String n = "api/cases/" + reviewCase;
        ApiClient member = committeeMember.client();
        Instant now = platformNow();
        Instant at = now.plus(Duration.ofDays(21)).truncatedTo(ChronoUnit.HOURS);
        String hearing = "{\"at\":\"" + at + "\",\"place\":\"Committee room 2\","
                + "\"streamUrl\":\"https://parliament.example/live\"}";
        assertForbidden(official.client().post(n + "/hearings", hearing), "a ministry official");
        assertProblem(member.post(n + "/hearings", "{\"at\":\"" + now.minus(Duration.ofDays(1))
                + "\",\"place\":\"Committee room 2\"}"), 400, "case.invalid.hearing.when");
        HttpResponse<String> scheduled = member.post(n + "/hearings", hearing);
        assertEquals(201, scheduled.statusCode(), scheduled.body());
        assertEquals("Committee room 2", Json.string(Json.parse(scheduled.body()), "place"));
        HttpResponse<String> listed = member.get(n + "/hearings");
        assertEquals(200, listed.statusCode(), listed.body());
        Object hearings = Json.parse(listed.body());
        assertEquals(1, ((List<?>) hearings).size(), listed.body());
        assertEquals(at, Instant.parse(String.valueOf(((Map<?, ?>) ((List<?>) hearings).get(0)).get("at"))));
        assertForbidden(official.client().get(n + "/hearings"), "a ministry official reads no hearings");
        Object review = file(committeeMember, reviewCase);
        assertEquals("IN_PROGRESS", Json.string(review, "state"));
        assertTrue(hasEvent(publicPetition(parliamentPetition.number()), "HEARING_SCHEDULED", "Committee room 2"));
        String mail = TestMail.awaitMail(parliamentPetition.signerEmail(), "A hearing is scheduled", 0, MAIL_WAIT);
        assertTrue(mail.contains(parliamentPetition.title()) && mail.contains("Committee room 2"), mail);

        assertProblem(member.post(n + "/outcome", "{\"outcome\":\"REFERRED_TO_MINISTRY\","
                + "\"summary\":\"The ministry should answer\"}"), 400, "case.invalid.outcome.referredTo");
        assertProblem(member.post(n + "/outcome", "{\"outcome\":\"APPLAUDED\",\"summary\":\"Nice\"}"), 400,
                "case.invalid.outcome");
        String summary = "The ministry is to report on waiting times within two months " + suffix;
        assertEquals(204, member.post(n + "/outcome", "{\"outcome\":\"REFERRED_TO_MINISTRY\",\"summary\":\""
                + summary + "\",\"referredTo\":\"" + HEALTH + "\"}").statusCode());
        assertEquals("ANSWERED", Json.string(file(committeeMember, reviewCase), "state"));
        assertProblem(member.post(n + "/outcome", "{\"outcome\":\"DEBATED\",\"summary\":\"Again\"}"), 409,
                "case.state.wrong");

        long referred = caseOf(parliamentPetition.number(), "PETITION_RESPONSE");
        Object response = file(official, referred);
        assertEquals(HEALTH, Json.string(response, "body.slug"), "the referral opened a response case there");
        assertEquals("NEW", Json.string(response, "state"));
        assertTrue(Json.string(response, "routeReason").contains("petitions committee")
                && Json.string(response, "routeReason").contains(summary), Json.string(response, "routeReason"));
        assertNull(Json.at(response, "rule"), "a person chose the body, no rule did");
        assertTrue(inQueue(official, HEALTH, referred));
        Object timeline = publicPetition(parliamentPetition.number());
        assertTrue(hasEvent(timeline, "OUTCOME_RECORDED", summary), timeline.toString());
        assertEquals(2, publicEvents(timeline, "ROUTED").size(), "to the committee, then to the ministry");
        String outcomeMail = TestMail.awaitMail(parliamentPetition.signerEmail(), "Parliament decided", 0, MAIL_WAIT);
        assertTrue(outcomeMail.contains(summary) && outcomeMail.contains("it was referred to a ministry")
                && !outcomeMail.contains("REFERRED_TO_MINISTRY"), "the outcome in words, not its code: " + outcomeMail);
    }

    @Test
    @Order(6)
    void theDueDateCountsWorkingDaysSkippingWeekendsAndHolidays() throws SQLException {
        prepare();
        Instant friday = KNOWN_FRIDAY.isAfter(Instant.now().plus(Duration.ofDays(1))) ? KNOWN_FRIDAY
                : LocalDate.now(ZoneOffset.UTC).plusDays(7).with(TemporalAdjusters.next(DayOfWeek.FRIDAY))
                .atTime(10, 0).toInstant(ZoneOffset.UTC);
        moveClockTo(friday);
        sign(deadlinePetition);
        deadlineCase = caseOf(deadlinePetition.number(), "PETITION_RESPONSE");
        Object file = file(official, deadlineCase);
        Instant created = Instant.parse(Json.string(file, "createdAt"));
        assertTrue(Duration.between(friday, created).abs().compareTo(Duration.ofMinutes(5)) < 0,
                "opened at the platform's time: " + created);

        int[] deadline = deadline("PETITION_RESPONSE", HEALTH);
        LocalDate start = created.atZone(ZoneOffset.UTC).toLocalDate();
        Set<LocalDate> holidays = holidays(start, start.plusDays(120));
        expectedDueDay = WorkingDays.after(start, deadline[0], holidays);
        if (friday.equals(KNOWN_FRIDAY)) {
            assertEquals(20, deadline[0], "petitions are answered within 20 working days");
            assertEquals(LocalDate.of(2027, 1, 20), expectedDueDay,
                    "20 working days after 18 December 2026, without 25 December, 1 and 7 January and four weekends");
        }
        Instant due = Instant.parse(Json.string(file, "dueAt"));
        assertEquals(expectedDueDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), due,
                "due at the end of the day " + expectedDueDay + " (holidays " + holidays + ")");
        LocalDate remindDay = WorkingDays.before(expectedDueDay, deadline[1],
                holidays(start.minusDays(10), expectedDueDay));
        assertEquals(remindDay.atStartOfDay(ZoneOffset.UTC).toInstant(), Instant.parse(Json.string(file, "remindAt")));
        assertEquals(due, Instant.parse(Json.string(file, "escalateAt")), "the first escalation comes when it is due");

        assertEquals(204, official.client().post("api/cases/" + deadlineCase + "/claim", "").statusCode());
    }

    @Test
    @Order(7)
    void remindersAndEscalationsHappenOnceEachAsTheClockMoves() throws SQLException {
        prepare();
        assertTrue(deadlineCase > 0, "needs the case of the due date test");
        String title = deadlinePetition.title();
        String reminderSubject = "Reminder: a case is due by " + expectedDueDay + ": " + title;
        String escalationSubject = "Overdue case escalated to you: " + title;
        Object file = file(official, deadlineCase);
        Instant remindAt = Instant.parse(Json.string(file, "remindAt"));
        Instant dueAt = Instant.parse(Json.string(file, "dueAt"));
        try {
            moveClockTo(remindAt.plus(Duration.ofHours(1)));
            awaitEvents(deadlineCase, "REMINDED", 1);
            TestMail.awaitMail(official.email(), reminderSubject, 0, MAIL_WAIT);
            pause(MORE_THAN_TWO_SCANS_MS);
            assertEquals(1, eventCount(deadlineCase, "REMINDED"), "one reminder, however many scans");
            assertEquals(0, eventCount(deadlineCase, "ESCALATED"), "not due yet");
            assertEquals(1, TestMail.count(official.email(), reminderSubject), "the assignee is reminded once");

            moveClockTo(dueAt.plus(Duration.ofHours(1)));
            awaitEvents(deadlineCase, "ESCALATED", 1);
            Object first = file(official, deadlineCase);
            assertEquals(1, Json.number(first, "escalationLevel"));
            assertNull(Json.at(first, "oversightBody"), "the head of the body first");
            Map<?, ?> toHead = events(first, "ESCALATED").get(0);
            assertEquals(HEALTH, Json.string(toHead, "body.slug"));
            assertTrue(Json.string(toHead, "detail").contains("head of Ministry of Health"), toHead.toString());
            assertTrue(TestMail.awaitMail(headOfHealth.email(), escalationSubject, 0, MAIL_WAIT).contains(title));
            assertTrue(inQueue(official, HEALTH + "&due=overdue&mine=true", deadlineCase), "overdue in its queue");
            assertTrue(Json.number(Json.parse(official.client().get("api/cases/counts?body=" + HEALTH).body()),
                    "overdue") >= 1);

            Instant second = Instant.parse(Json.string(first, "escalateAt"));
            assertTrue(second.isAfter(dueAt), "a second escalation some working days later: " + second);
            moveClockTo(second.plus(Duration.ofHours(1)));
            awaitEvents(deadlineCase, "ESCALATED", 2);
            Object escalated = file(official, deadlineCase);
            assertEquals(2, Json.number(escalated, "escalationLevel"));
            assertEquals(GOVERNMENT, Json.string(escalated, "oversightBody.slug"), "the ministry's parent oversees it");
            assertNull(Json.at(escalated, "escalateAt"), "nothing more to escalate");
            assertEquals(GOVERNMENT, Json.string(events(escalated, "ESCALATED").get(1), "body.slug"));

            pause(MORE_THAN_TWO_SCANS_MS);
            assertEquals(1, eventCount(deadlineCase, "REMINDED"));
            assertEquals(2, eventCount(deadlineCase, "ESCALATED"), "one escalation per level");
            assertEquals(1, TestMail.count(official.email(), reminderSubject));
            assertEquals(1, TestMail.count(headOfHealth.email(), escalationSubject), "the head hears once");
            assertEquals(2, publicEvents(publicPetition(deadlinePetition.number()), "ESCALATED").size());
            assertEquals("ASSIGNED", Json.string(file(official, deadlineCase), "state"), "escalation keeps the work");
        } finally {
            resetClock();
        }
    }

    @Test
    @Order(9)
    void aCommitmentIsRemindedAndMarkedOverdueOnceUnlessSettledBefore() {
        prepare();
        LocalDate today = LocalDate.ofInstant(platformNow(), ZoneOffset.UTC);
        String watchedAction = "Open a second district hospital ward " + suffix;
        String settledAction = "Publish the ward plans " + suffix;
        LocalDate watchedDue = today.plusDays(30);
        LocalDate settledDue = today.plusDays(20);
        long watched = commitmentOf(answerCase, watchedAction, HEALTH, watchedDue);
        long settled = commitmentOf(answerCase, settledAction, HEALTH, settledDue);
        String title = answerPetition.title();
        String watchedSubject = "Reminder: a commitment is due by " + watchedDue + ": " + title;
        String settledSubject = "Reminder: a commitment is due by " + settledDue + ": " + title;
        assertEquals(204, official.client().post("api/commitments/" + settled + "/settlement", "{\"state\":\"DONE\"}")
                .statusCode(), "settled before its date");
        try {
            moveClockTo(watchedDue.minusDays(7).atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofHours(1)));
            String mail = TestMail.awaitMail(headOfHealth.email(), watchedSubject, 0, MAIL_WAIT);
            assertTrue(mail.contains(watchedAction) && mail.contains("Ministry of Health"), mail);
            assertTrue(mail.contains("/case/view.xhtml?number=" + answerCase), mail);
            pause(MORE_THAN_TWO_SCANS_MS);
            assertEquals(1, TestMail.count(headOfHealth.email(), watchedSubject), "one reminder, however many scans");
            assertNotNull(commitmentColumn(watched, "reminded_at"));
            assertNull(commitmentColumn(watched, "overdue_at"), "not due yet");
            assertEquals(0, eventCount(answerCase, "COMMITMENT_OVERDUE"));

            moveClockTo(watchedDue.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofHours(1)));
            awaitEvents(answerCase, "COMMITMENT_OVERDUE", 1);
            pause(MORE_THAN_TWO_SCANS_MS);
            assertEquals(1, eventCount(answerCase, "COMMITMENT_OVERDUE"), "marked overdue once, however many scans");
            Object file = file(official, answerCase);
            Map<?, ?> overdue = events(file, "COMMITMENT_OVERDUE").get(0);
            assertTrue(Json.string(overdue, "detail").contains(watchedAction), overdue.toString());
            assertEquals(false, Json.at(overdue, "internal"), "an overdue commitment is public");
            Map<?, ?> listed = commitmentIn(file, watched);
            assertEquals("OPEN", listed.get("state"));
            assertEquals(true, listed.get("overdue"), listed.toString());
            assertTrue(hasEvent(publicPetition(answerPetition.number()), "COMMITMENT_OVERDUE", watchedAction));

            assertEquals(false, commitmentIn(file, settled).get("overdue"));
            assertNull(commitmentColumn(settled, "reminded_at"), "a settled commitment is not reminded");
            assertNull(commitmentColumn(settled, "overdue_at"), "nor marked overdue");
            assertEquals(0, TestMail.count(headOfHealth.email(), settledSubject));
            assertFalse(hasEvent(publicPetition(answerPetition.number()), "COMMITMENT_OVERDUE", settledAction));
            assertEquals(1, TestMail.count(headOfHealth.email(), watchedSubject), "still one reminder");

            assertEquals(204, official.client().post("api/commitments/" + watched + "/settlement",
                    "{\"state\":\"DONE\"}").statusCode(), "an overdue commitment can still be done, late");
            assertEquals(false, commitmentIn(file(official, answerCase), watched).get("overdue"));
        } finally {
            resetClock();
        }
    }

    // --- the shared officials and petitions ---------------------------------------------------------------------

    @Test
    @Order(8)
    void aBodyThatAsksForItGetsEachNewCaseAssignedToItsLeastLoadedOfficial() {
        prepare();
        String automatic = "{\"automatic\":true,\"position\":\"Case officer\"}";
        assertForbidden(otherMinistry.client().put("api/bodies/" + EDUCATION + "/queue-setting", automatic),
                "only the body's administrators choose automatic assignment");
        ApiClient admin = TestAccounts.platformAdministrator(base);
        HttpResponse<String> set = admin.put("api/bodies/" + EDUCATION + "/queue-setting", automatic);
        assertEquals(200, set.statusCode(), set.body());
        HttpResponse<String> read = otherMinistry.client().get("api/bodies/" + EDUCATION + "/queue-setting");
        assertEquals(200, read.statusCode(), read.body());
        assertEquals(true, Json.at(Json.parse(read.body()), "automatic"), read.body());
        try {
            List<ApiClient> citizens = TestCitizens.signedIn(base, "routing-auto", "example.org", "DR-N-CAP", 3);
            String title = "More school libraries " + suffix;
            HttpResponse<String> created = citizens.get(0).post("api/petitions", """
                    {"body":"%s","type":"%s","topic":"education","title":"%s","action":"Do what the title says.",
                     "background":"Because it matters to many people."}""".formatted(GOVERNMENT, governmentType, title));
            assertEquals(201, created.statusCode(), created.body());
            long number = Json.number(Json.parse(created.body()), "number");
            HttpResponse<String> sponsoring = citizens.get(0).post("api/petitions/" + number + "/sponsoring", "");
            String link = Json.string(Json.parse(sponsoring.body()), "sponsorLink");
            assertEquals(201, citizens.get(1).post("api/petitions/" + number + "/signatures",
                    "{\"publicName\":false,\"notify\":false,\"sponsorCode\":\"" + link.substring(link.indexOf("code=") + 5)
                            + "\"}").statusCode());
            HttpResponse<String> waiting = Http.await(WAIT,
                    r -> "MODERATION".equals(Json.string(Json.parse(r.body()), "state")),
                    () -> citizens.get(0).get("api/petitions/" + number));
            long version = Json.number(Json.parse(waiting.body()), "version");
            assertEquals(200, moderator.post("api/petitions/" + number + "/approval", "{\"version\":" + version + "}")
                    .statusCode());
            assertEquals(201, citizens.get(2).post("api/petitions/" + number + "/signatures",
                    "{\"publicName\":false,\"notify\":false}").statusCode());
            long education = caseOf(number, "PETITION_RESPONSE");
            Object file = file(otherMinistry, education);
            assertEquals(EDUCATION, Json.string(file, "body.slug"), "rule 3 routes education to its ministry");
            assertEquals("ASSIGNED", Json.string(file, "state"));
            assertEquals(otherMinistry.key(), Json.string(file, "assignee.accountKey"),
                    "the only case officer of the ministry gets the case");
            assertEquals(1, events(file, "ASSIGNED").size(), file.toString());
        } finally {
            admin.put("api/bodies/" + EDUCATION + "/queue-setting", "{\"automatic\":false}");
        }
    }

    private synchronized void prepare() {
        if (prepared) {
            return;
        }
        deployed = base;
        suffix = UUID.randomUUID().toString().substring(0, 8);
        ApiClient admin = TestAccounts.platformAdministrator(base);
        governmentType = "rt-gov-" + suffix;
        String parliamentType = "rt-parl-" + suffix;
        defineType(admin, GOVERNMENT, governmentType, "GOVERNMENT_RESPONSE");
        defineType(admin, "parliament", parliamentType, "PARLIAMENT_REFERRAL");
        moderator = moderator(admin);

        String[][] invitations = {
                {HEALTH, "rt-official-" + suffix + "@example.org", "OFFICIAL", "Olga Official " + suffix},
                {HEALTH, "rt-approver-" + suffix + "@example.org", "APPROVER", "Arun Approver " + suffix},
                {HEALTH, "rt-head-" + suffix + "@example.org", "BODY_ADMIN", "Hana Head " + suffix},
                {EDUCATION, "rt-education-" + suffix + "@example.org", "OFFICIAL", "Eli Education " + suffix},
                {COMMITTEE, "rt-committee-" + suffix + "@example.org", "OFFICIAL", "Cora Committee " + suffix}};
        for (String[] invitation : invitations) {
            HttpResponse<String> invited = admin.post("api/bodies/" + invitation[0] + "/officials", "{\"email\":\""
                    + invitation[1] + "\",\"position\":\"Case officer\",\"role\":\"" + invitation[2] + "\"}");
            assertEquals(202, invited.statusCode(), invited.body());
        }
        List<Official> officials = new ArrayList<>();
        for (String[] invitation : invitations) {
            officials.add(acceptInvitation(invitation[1], invitation[3]));
        }
        official = officials.get(0);
        approver = officials.get(1);
        headOfHealth = officials.get(2);
        otherMinistry = officials.get(3);
        committeeMember = officials.get(4);

        List<ApiClient> citizens = TestCitizens.signedIn(base, "routing", "example.org", "DR-N-CAP", 12);
        String[][] petitions = {
                {GOVERNMENT, governmentType, "Shorter waits at district hospitals " + suffix},
                {GOVERNMENT, governmentType, "Nurses for every school clinic " + suffix},
                {"parliament", parliamentType, "A law on hospital waiting times " + suffix},
                {GOVERNMENT, governmentType, "Night pharmacies in every district " + suffix}};
        List<Signed> opened = new ArrayList<>();
        for (int i = 0; i < petitions.length; i++) {
            opened.add(openPetition(citizens.subList(3 * i, 3 * i + 3), petitions[i][0], petitions[i][1],
                    petitions[i][2]));
        }
        answerPetition = opened.get(0);
        transferPetition = opened.get(1);
        parliamentPetition = opened.get(2);
        deadlinePetition = opened.get(3);
        sign(answerPetition);
        sign(transferPetition);
        sign(parliamentPetition);
        answerCase = caseOf(answerPetition.number(), "PETITION_RESPONSE");
        transferCase = caseOf(transferPetition.number(), "PETITION_RESPONSE");
        reviewCase = caseOf(parliamentPetition.number(), "PARLIAMENT_REVIEW");
        prepared = true;
    }

    @Test
    @Order(20)
    void aFailureInRoutingKeepsThePetitionsWorkAndTheCaseOpensOnceItIsOver() {
        prepare();
        String marker = "routing-refused-" + suffix;
        List<ApiClient> citizens = TestCitizens.signedIn(base, "routing-port", "example.org", "DR-N-CAP", 3);
        Signed petition = openPetition(citizens, GOVERNMENT, governmentType, "Clinics open on Sundays " + marker);
        execute("CREATE TRIGGER rte_case_refused_" + suffix + " BEFORE INSERT ON rte_case FOR EACH ROW"
                + " BEGIN IF NEW.title LIKE '%" + marker + "%' THEN"
                + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'routing is down for this petition'; END IF; END");
        try {
            sign(petition);
            // the count a page shows may be up to a second older than the timeline (the hot read's cache)
            HttpResponse<String> counted = Http.await(WAIT,
                    r -> hasEvent(Json.parse(r.body()), "THRESHOLD_REACHED", null)
                            && Json.number(Json.parse(r.body()), "signatures") == 3,
                    () -> new ApiClient(base).get("api/petitions/" + petition.number()));
            Object reached = Json.parse(counted.body());
            assertTrue(hasEvent(reached, "THRESHOLD_REACHED", null), "the fold committed the threshold: " + reached);
            assertEquals(3, Json.number(reached, "signatures"), "and the signatures, exactly");
            awaitRequestFailures(petition.number(), 1);
            assertEquals(0, casesOf(petition.number()), "no case while routing fails");
            assertTrue(String.valueOf(requestColumn(petition.number(), "last_error")).contains("routing is down"));
            assertFalse(hasEvent(publicPetition(petition.number()), "ROUTED", null));
        } finally {
            execute("DROP TRIGGER IF EXISTS rte_case_refused_" + suffix);
        }
        long opened = caseOf(petition.number(), "PETITION_RESPONSE");
        assertEquals(1, casesOf(petition.number()), "one case once routing is back");
        assertNotNull(requestColumn(petition.number(), "routed_at"));
        assertEquals(opened, ((Number) requestColumn(petition.number(), "case_id")).longValue());
        Http.await(WAIT, r -> hasEvent(Json.parse(r.body()), "ROUTED", "Ministry of Health"),
                () -> new ApiClient(base).get("api/petitions/" + petition.number()));
        assertEquals(1, publicEvents(publicPetition(petition.number()), "ROUTED").size(), "the step reached it once");
    }

    @Test
    @Order(21)
    void manyRequestsForOneItemAtOnceOpenOneCaseWhoseStepsReachThePetitionOnce() {
        prepare();
        List<ApiClient> citizens = TestCitizens.signedIn(base, "routing-many", "example.org", "DR-N-CAP", 1);
        long number = draft(citizens.get(0), GOVERNMENT, governmentType, "One case for many asks " + suffix);
        ApiClient driver = new ApiClient(base);
        HttpResponse<String> asked = driver.post("api/test-routing/requests", """
                {"type":"PETITION_RESPONSE","petition":%d,"title":"One case for many asks","body":"%s","parallel":40}"""
                .formatted(number, EDUCATION));
        assertEquals(200, asked.statusCode(), asked.body());
        assertEquals(40, Json.number(Json.parse(asked.body()), "succeeded"), asked.body());
        long opened = caseOf(number, "PETITION_RESPONSE");
        awaitPetitionEvents(number, "ROUTED", 1);
        assertEquals(1, casesOf(number), "forty requests, one case");
        long requests = query("SELECT COUNT(*) FROM rte_case_request WHERE item_kind = 'PETITION' AND item_id = ?",
                statement -> statement.setLong(1, number), rows -> rows.next() ? rows.getLong(1) : 0L);
        assertEquals(1, requests, "one request row");
        long step = query("SELECT id FROM rte_case_event WHERE case_id = ? AND kind = 'ROUTED'",
                statement -> statement.setLong(1, opened), rows -> rows.next() ? rows.getLong(1) : 0L);

        HttpResponse<String> again = driver.post("api/test-routing/redeliveries",
                "{\"step\":" + step + ",\"parallel\":20}");
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(0, Json.number(Json.parse(again.body()), "succeeded"), "a delivered step is not handed over again");

        execute("UPDATE rte_case_event SET delivered_at = NULL WHERE id = " + step);
        HttpResponse<String> lost = driver.post("api/test-routing/redeliveries",
                "{\"step\":" + step + ",\"parallel\":20}");
        assertEquals(1, Json.number(Json.parse(lost.body()), "succeeded"), "a step whose hand-over was lost goes once: "
                + lost.body());
        assertEquals(1, petitionEvents(number, "ROUTED"), "and the petition records it once");
    }

    /**
     * A petition drafted by the first citizen, sponsored by the second and approved by the moderator: open for
     * signatures, one short of its threshold, with the third citizen ready to give the signature that reaches it.
     */
    private Signed openPetition(List<ApiClient> citizens, String body, String type, String title) {
        ApiClient author = citizens.get(0);
        long number = draft(author, body, type, title);
        HttpResponse<String> sponsoring = author.post("api/petitions/" + number + "/sponsoring", "");
        assertEquals(200, sponsoring.statusCode(), sponsoring.body());
        String link = Json.string(Json.parse(sponsoring.body()), "sponsorLink");
        String code = link.substring(link.indexOf("code=") + 5);
        HttpResponse<String> sponsored = citizens.get(1).post("api/petitions/" + number + "/signatures",
                "{\"publicName\":false,\"notify\":false,\"sponsorCode\":\"" + code + "\"}");
        assertEquals(201, sponsored.statusCode(), sponsored.body());
        HttpResponse<String> waiting = Http.await(WAIT,
                r -> "MODERATION".equals(Json.string(Json.parse(r.body()), "state")),
                () -> author.get("api/petitions/" + number));
        assertEquals("MODERATION", Json.string(Json.parse(waiting.body()), "state"), waiting.body());
        long version = Json.number(Json.parse(moderator.get("api/petitions/" + number).body()), "version");
        HttpResponse<String> approved = moderator.post("api/petitions/" + number + "/approval",
                "{\"version\":" + version + "}");
        assertEquals(200, approved.statusCode(), approved.body());
        ApiClient signer = citizens.get(2);
        return new Signed(number, title, signer, Json.string(Json.parse(signer.get("api/accounts/me").body()), "email"));
    }

    private static void defineType(ApiClient admin, String body, String code, String consequence) {
        HttpResponse<String> type = admin.post("api/bodies/" + body + "/petition-types", """
                {"code":"%s","name":"Routing test %s","description":"For routing tests","collectionDays":120,
                 "sponsorsRequired":1,"minAssurance":"EMAIL_VERIFIED",
                 "thresholds":[{"signatures":3,"consequence":"%s"}]}""".formatted(code, code, consequence));
        assertEquals(201, type.statusCode(), type.body());
    }

    private ApiClient moderator(ApiClient admin) {
        ApiClient candidate = TestCitizens.signedIn(base, "routing-moderator", "DR-N-01");
        assertEquals(204, admin.put("api/roles/MODERATOR/members/" + candidate.accountKey(), "").statusCode());
        ApiClient signedIn = new ApiClient(base);
        String email = Json.string(Json.parse(candidate.get("api/accounts/me").body()), "email");
        assertEquals(200, signedIn.signIn(email, TestCitizens.PASSWORD).statusCode());
        return signedIn;
    }

    private Official acceptInvitation(String email, String name) {
        String token = TestMail.tokenIn(TestMail.awaitMail(email, "invited", 0, MAIL_WAIT));
        HttpResponse<String> accepted = new ApiClient(base).post("api/invitations/acceptance", "{\"token\":\"" + token
                + "\",\"password\":\"" + TestAccounts.PASSWORD + "\",\"displayName\":\"" + name + "\"}");
        assertEquals(204, accepted.statusCode(), accepted.body());
        ApiClient client = new ApiClient(base);
        HttpResponse<String> session = client.signIn(email, TestAccounts.PASSWORD);
        assertEquals(200, session.statusCode(), session.body());
        return new Official(client, email, name, client.accountKey());
    }

    private static long draft(ApiClient author, String body, String type, String title) {
        HttpResponse<String> created = author.post("api/petitions", """
                {"body":"%s","type":"%s","topic":"health","title":"%s","action":"Do what the title says.",
                 "background":"Because it matters to many people."}""".formatted(body, type, title));
        assertEquals(201, created.statusCode(), created.body());
        return Json.number(Json.parse(created.body()), "number");
    }

    /** The signature that reaches the threshold, from a signer who asked to hear what happens next. */
    private static void sign(Signed petition) {
        HttpResponse<String> signed = petition.signer().post("api/petitions/" + petition.number() + "/signatures",
                "{\"publicName\":false,\"notify\":true}");
        assertEquals(201, signed.statusCode(), signed.body());
    }

    // --- reading cases and timelines ------------------------------------------------------------------------------

    private static Object file(Official reader, long caseNumber) {
        return file(reader.client(), caseNumber);
    }

    private static Object file(ApiClient reader, long caseNumber) {
        HttpResponse<String> file = reader.get("api/cases/" + caseNumber);
        assertEquals(200, file.statusCode(), file.body());
        return Json.parse(file.body());
    }

    /** Whether the body's queue (all its pages; the body may carry more filters) holds the case. */
    private static boolean inQueue(Official reader, String body, long caseNumber) {
        for (int offset = 0; ; offset += 200) {
            HttpResponse<String> page = reader.client().get("api/cases?body=" + body + "&offset=" + offset
                    + "&limit=200");
            assertEquals(200, page.statusCode(), page.body());
            Object json = Json.parse(page.body());
            if (Json.list(json, "items").stream().anyMatch(item -> Json.number(item, "number") == caseNumber)) {
                return true;
            }
            if (!Boolean.TRUE.equals(Json.at(json, "hasMore"))) {
                return false;
            }
        }
    }

    private Object publicPetition(long number) {
        HttpResponse<String> detail = new ApiClient(base).get("api/petitions/" + number);
        assertEquals(200, detail.statusCode(), detail.body());
        return Json.parse(detail.body());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<?, ?>> events(Object file, String kind) {
        return Json.list(file, "history").stream().<Map<?, ?>>map(e -> (Map<?, ?>) e)
                .filter(e -> kind.equals(e.get("kind"))).toList();
    }

    private static List<Map<?, ?>> publicEvents(Object petition, String kind) {
        return Json.list(petition, "timeline").stream().<Map<?, ?>>map(e -> (Map<?, ?>) e)
                .filter(e -> kind.equals(e.get("kind"))).toList();
    }

    private static boolean hasEvent(Object petition, String kind, String detailPart) {
        return publicEvents(petition, kind).stream().anyMatch(e -> detailPart == null
                || (e.get("detail") != null && e.get("detail").toString().contains(detailPart)));
    }

    private static String transfer(String body, String reason) {
        return "{\"body\":\"" + body + "\",\"reason\":\"" + reason + "\"}";
    }

    private static String answer(String text, Long version) {
        return "{\"text\":\"" + text + "\",\"version\":" + version + "}";
    }

    private static void assertForbidden(HttpResponse<String> response, String what) {
        assertProblem(response, 403, "identity.forbidden", what);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String key) {
        assertProblem(response, status, key, key);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String key, String what) {
        assertEquals(status, response.statusCode(), what + ": " + response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""), what);
        assertEquals(PROBLEM + key, Json.string(Json.parse(response.body()), "type"), what);
    }

    // --- the platform's clock ----------------------------------------------------------------------------------------

    private Instant platformNow() {
        return Instant.parse(Json.string(Json.parse(new ApiClient(base).get("api/test-clock").body()), "now"));
    }

    /** Sets the platform's clock so that it reads {@code target} now (and runs on from there). */
    private void moveClockTo(Instant target) {
        long offset = Duration.between(Instant.now(), target).toSeconds();
        HttpResponse<String> moved = new ApiClient(base).put("api/test-clock", "{\"offsetSeconds\":" + offset + "}");
        assertEquals(200, moved.statusCode(), moved.body());
    }

    // --- the database, read directly -----------------------------------------------------------------------------

    /** The number of the case opened for the petition, waiting for the fold that claims the threshold. */
    private static long caseOf(long petition, String type) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Long found = query("SELECT id FROM rte_case WHERE item_kind = 'PETITION' AND item_id = ? AND case_type = ?",
                    statement -> {
                        statement.setLong(1, petition);
                        statement.setString(2, type);
                    }, rows -> rows.next() ? rows.getLong(1) : null);
            if (found != null) {
                return found;
            }
            pause(300);
        }
        return fail("no " + type + " case for petition " + petition + " within " + WAIT.toSeconds() + " s");
    }

    /** A commitment of a published answer, written straight into the table (the API takes them while drafting). */
    private static long commitmentOf(long caseNumber, String action, String body, LocalDate due) {
        try (Connection db = DriverManager.getConnection(TestDatabase.jdbcUrl(), "root", "");
             PreparedStatement insert = db.prepareStatement("""
                     INSERT INTO rte_commitment (case_id, action, owner_body_id, due_on, state, created_at)
                     VALUES (?, ?, (SELECT id FROM org_body WHERE slug = ?), ?, 'OPEN', NOW(6))""",
                     PreparedStatement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, caseNumber);
            insert.setString(2, action);
            insert.setString(3, body);
            insert.setDate(4, Date.valueOf(due));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object commitmentColumn(long commitment, String column) {
        return query("SELECT " + column + " FROM rte_commitment WHERE id = ?", statement -> statement.setLong(1, commitment),
                rows -> rows.next() ? rows.getObject(1) : null);
    }

    private static Map<?, ?> commitmentIn(Object file, long commitment) {
        return Json.list(file, "commitments").stream().<Map<?, ?>>map(m -> (Map<?, ?>) m)
                .filter(m -> Json.number(m, "id") == commitment).findFirst()
                .orElseThrow(() -> new AssertionError("no commitment " + commitment + " in " + file));
    }

    private static int casesOf(long petition) {
        return query("SELECT COUNT(*) FROM rte_case WHERE item_kind = 'PETITION' AND item_id = ?",
                statement -> statement.setLong(1, petition), rows -> rows.next() ? rows.getInt(1) : 0);
    }

    private static Object requestColumn(long petition, String column) {
        return query("SELECT " + column + " FROM rte_case_request WHERE item_kind = 'PETITION' AND item_id = ?"
                + " AND case_type = 'PETITION_RESPONSE'", statement -> statement.setLong(1, petition),
                rows -> rows.next() ? rows.getObject(1) : null);
    }

    private static void awaitRequestFailures(long petition, int failures) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Object attempts = requestColumn(petition, "attempts");
            if (attempts instanceof Number n && n.intValue() >= failures) {
                return;
            }
            pause(250);
        }
        fail("the request for petition " + petition + " was not tried " + failures + " times");
    }

    private static int petitionEvents(long petition, String kind) {
        return query("SELECT COUNT(*) FROM pet_event WHERE petition_id = ? AND kind = ?", statement -> {
            statement.setLong(1, petition);
            statement.setString(2, kind);
        }, rows -> rows.next() ? rows.getInt(1) : 0);
    }

    private static void awaitPetitionEvents(long petition, String kind, int expected) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (petitionEvents(petition, kind) < expected && System.nanoTime() < deadline) {
            pause(250);
        }
        assertEquals(expected, petitionEvents(petition, kind), kind + " on petition " + petition);
    }

    private static void execute(String sql) {
        try (Connection db = DriverManager.getConnection(TestDatabase.jdbcUrl(), "root", "");
             java.sql.Statement statement = db.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static int eventCount(long caseNumber, String kind) {
        return query("SELECT COUNT(*) FROM rte_case_event WHERE case_id = ? AND kind = ?", statement -> {
            statement.setLong(1, caseNumber);
            statement.setString(2, kind);
        }, rows -> {
            rows.next();
            return rows.getInt(1);
        });
    }

    private static void awaitEvents(long caseNumber, String kind, int expected) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (eventCount(caseNumber, kind) < expected && System.nanoTime() < deadline) {
            pause(250);
        }
        assertEquals(expected, eventCount(caseNumber, kind), kind + " of case " + caseNumber);
    }

    private static Set<LocalDate> holidays(LocalDate from, LocalDate to) {
        return WorkingDays.holidays(from, to);
    }

    /** Working days and reminder days of the case type: the body's own row, else the one for every body. */
    private static int[] deadline(String type, String body) {
        return query("""
                SELECT working_days, reminder_days FROM rte_deadline
                WHERE case_type = ? AND (body_id = (SELECT id FROM org_body WHERE slug = ?) OR body_id IS NULL)
                ORDER BY body_id IS NULL LIMIT 1""", statement -> {
            statement.setString(1, type);
            statement.setString(2, body);
        }, rows -> {
            rows.next();
            return new int[]{rows.getInt(1), rows.getInt(2)};
        });
    }

    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    interface Reader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private static <T> T query(String sql, Binder binder, Reader<T> reader) {
        try (Connection db = DriverManager.getConnection(TestDatabase.jdbcUrl(), "root", "");
             PreparedStatement statement = db.prepareStatement(sql)) {
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                return reader.read(rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
