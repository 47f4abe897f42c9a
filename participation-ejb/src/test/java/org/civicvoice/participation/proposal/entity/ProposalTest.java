package org.civicvoice.participation.proposal.entity;

import org.civicvoice.participation.identity.entity.Account;
import org.civicvoice.participation.identity.entity.EmailAddress;
import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.organisation.entity.BodyKind;
import org.civicvoice.participation.organisation.entity.BodySlug;
import org.civicvoice.participation.organisation.entity.Topic;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProposalTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private final Body health = new Body(new BodySlug("ministry-of-health"), "Ministry of Health", BodyKind.MINISTRY,
            null);
    private final Topic topic = new Topic("health", "Health", null);
    private final Account author = new Account(new EmailAddress("author@example.org"), null, "Author", null, "en", NOW);
    private final Account moderator = new Account(new EmailAddress("mod@example.org"), null, "Mod", null, "en", NOW);

    private Proposal draft() {
        return new Proposal(author, text("Clinics open on Saturdays", null), "en", topic, null, health, null, NOW);
    }

    private static ProposalText text(String title, String onBehalfOf) {
        return new ProposalText(title, ProposalKind.ADMINISTRATIVE_ACTION, "Open them", "Because", onBehalfOf);
    }

    @Test
    void aProposalGoesFromDraftThroughModerationToPublishedAndAnswered() {
        Proposal proposal = draft();
        assertEquals(ProposalState.DRAFT, proposal.getState());
        assertFalse(proposal.isTextPublic());
        assertThrows(WrongProposalState.class, () -> proposal.publish(moderator, NOW), "moderation first");
        proposal.submit(NOW);
        assertEquals(ProposalState.IN_MODERATION, proposal.getState());
        assertFalse(proposal.isSupportable());
        proposal.publish(moderator, NOW.plus(Duration.ofDays(1)));
        assertTrue(proposal.isTextPublic());
        assertTrue(proposal.isSupportable());
        assertEquals(NOW.plus(Duration.ofDays(1)), proposal.getPublishedAt());
        proposal.answered(NOW.plus(Duration.ofDays(9)));
        assertEquals(ProposalState.ANSWERED, proposal.getState());
        assertFalse(proposal.isSupportable(), "an answered proposal takes no more supports");
        proposal.answered(NOW.plus(Duration.ofDays(10)));
        assertEquals(NOW.plus(Duration.ofDays(10)), proposal.getAnsweredAt(), "a later answer is the latest");
    }

    @Test
    void onlyDraftsAreRevisedAndOnlyPublishedProposalsAreAnswered() {
        Proposal proposal = draft();
        proposal.revise(text("Clinics open on Sundays too", "Nurses' Union"), topic, null, health, null);
        assertEquals("Clinics open on Sundays too", proposal.getTitle());
        assertEquals("Nurses' Union", proposal.getOnBehalfOf());
        assertThrows(WrongProposalState.class, () -> proposal.answered(NOW));
        proposal.submit(NOW);
        assertThrows(WrongProposalState.class, () -> proposal.revise(text("Another title entirely", null), topic, null,
                health, null));
        assertThrows(WrongProposalState.class, () -> proposal.submit(NOW), "submitted once");
    }

    @Test
    void aRejectionKeepsItsCodedReasonAndHidesOffensiveTexts() {
        Proposal unclear = draft();
        unclear.submit(NOW);
        unclear.reject(ProposalRejection.UNCLEAR, "  Say what should change.  ", moderator, NOW);
        assertEquals(ProposalState.REJECTED, unclear.getState());
        assertEquals(ProposalRejection.UNCLEAR, unclear.getRejectionReason());
        assertEquals("Say what should change.", unclear.getRejectionNote());
        assertTrue(unclear.isTextPublic());

        Proposal offensive = draft();
        offensive.submit(NOW);
        offensive.reject(ProposalRejection.OFFENSIVE, " ", moderator, NOW);
        assertNull(offensive.getRejectionNote());
        assertFalse(offensive.isTextPublic());

        Proposal tooLong = draft();
        tooLong.submit(NOW);
        assertThrows(InvalidProposal.class, () -> tooLong.reject(ProposalRejection.UNCLEAR,
                "x".repeat(Proposal.NOTE_LENGTH + 1), moderator, NOW));
    }
}
