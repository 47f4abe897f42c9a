package org.civicvoice.participation.routing.entity;

import org.civicvoice.participation.identity.entity.Account;
import org.civicvoice.participation.identity.entity.EmailAddress;
import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.organisation.entity.BodyKind;
import org.civicvoice.participation.organisation.entity.BodySlug;
import org.civicvoice.participation.shared.KeyedText;
import org.junit.jupiter.api.Test;

import static org.civicvoice.participation.routing.EntityIds.withId;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CaseTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    private final Body ministry = withId(new Body(new BodySlug("ministry-of-health"), "Ministry of Health", BodyKind.MINISTRY, null));
    private final Body finance = withId(new Body(new BodySlug("ministry-of-finance"), "Ministry of Finance", BodyKind.MINISTRY, null));
    private final Account writer = account("writer@example.org");
    private final Account approver = account("approver@example.org");

    private Account account(String email) {
        return withId(new Account(new EmailAddress(email), "hash", email, null, "en", NOW));
    }

    private Case newCase() {
        CaseRequest request = new CaseRequest(CaseType.of("PETITION_RESPONSE"), new ItemRef(ItemKind.of("PETITION"), 7),
                "  Clean water for every school  ", "/petition/view.xhtml?number=7", "health", null, "government");
        return new Case(request, null, null, new Routing(ministry, null, KeyedText.of("routing.reason.addressed", "Ministry")), NOW, NOW.plus(Duration.ofDays(28)),
                NOW.plus(Duration.ofDays(24)));
    }

    @Test
    void aNewCaseWaitsInTheQueueWithItsDueDates() {
        Case c = newCase();
        assertEquals(CaseState.NEW, c.getState());
        assertEquals("Clean water for every school", c.getTitle());
        assertEquals(c.getDueAt(), c.getEscalateAt());
        assertNotNull(c.getRemindAt());
        assertFalse(c.isOverdue(NOW));
        assertTrue(c.isOverdue(NOW.plus(Duration.ofDays(29))));
    }

    @Test
    void aTransferEmptiesTheAssignmentAndCountsButKeepsTheDueDate() {
        Case c = newCase();
        c.assignTo(writer);
        Instant due = c.getDueAt();
        c.transferTo(finance);
        assertEquals(finance, c.getBody());
        assertNull(c.getAssignee());
        assertEquals(CaseState.NEW, c.getState());
        assertEquals(1, c.getTransfers());
        assertEquals(due, c.getDueAt());
        assertThrows(InvalidCaseInput.class, () -> c.transferTo(finance));
    }

    @Test
    void anAnswerIsPublishedOnlyByASecondOfficial() {
        Case c = newCase();
        c.assignTo(writer);
        Answer answer = new Answer(1, "We will fund it.", writer, NOW);
        c.startWork();
        c.submitForApproval();
        answer.submit(writer, NOW);
        assertThrows(FourEyesRequired.class, () -> answer.approve(writer, NOW));
        answer.approve(approver, NOW);
        c.answered(NOW);
        assertEquals(CaseState.ANSWERED, c.getState());
        assertEquals(approver, answer.getApprovedBy());
        assertEquals(writer, answer.getDraftedBy());
        assertNull(c.getRemindAt());
        assertNull(c.getEscalateAt());
        assertThrows(WrongCaseState.class, () -> answer.redraft("changed", writer, NOW));
    }

    @Test
    void anUnsubmittedAnswerCannotBeApproved() {
        Answer answer = new Answer(1, "Draft", writer, NOW);
        assertThrows(WrongCaseState.class, () -> answer.approve(approver, NOW));
    }

    @Test
    void aCaseAwaitingApprovalCannotBeTransferredOrReassigned() {
        Case c = newCase();
        c.submitForApproval();
        assertThrows(WrongCaseState.class, () -> c.transferTo(finance));
        assertThrows(WrongCaseState.class, () -> c.assignTo(approver));
        c.returnForChanges();
        assertEquals(CaseState.IN_PROGRESS, c.getState());
    }

    @Test
    void onlyAnAnsweredCaseCloses() {
        Case c = newCase();
        assertThrows(WrongCaseState.class, () -> c.close(NOW));
        c.decided(NOW);
        c.close(NOW);
        assertEquals(CaseState.CLOSED, c.getState());
        assertThrows(WrongCaseState.class, () -> c.close(NOW));
    }

    @Test
    void emptyAnswersAreRefused() {
        assertThrows(InvalidCaseInput.class, () -> new Answer(1, "  ", writer, NOW));
    }
}
