package org.civicvoice.participation.consultation.entity;

import org.civicvoice.participation.identity.entity.Account;
import org.civicvoice.participation.identity.entity.EmailAddress;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConsultationCommentTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private final Account citizen = new Account(new EmailAddress("c@example.org"), null, "Citizen", null, "en", NOW);

    @Test
    void aReplyStaysOneLevelDeepAndOnTheUnitOfItsComment() {
        ConsultationComment comment = new ConsultationComment(3, "unit-a", 1, null, citizen, null, null, "Yes", NOW);
        ConsultationComment reply = new ConsultationComment(3, "unit-b", 1, comment, citizen, null, null, "No", NOW);
        ConsultationComment replyToReply = new ConsultationComment(3, null, 1, reply, citizen, null, null, "Why", NOW);

        assertSame(comment, reply.getParent());
        assertSame(comment, replyToReply.getParent());
        assertEquals("unit-a", reply.getUnitKey());
        assertEquals("unit-a", replyToReply.getUnitKey());
        assertThrows(UnknownComment.class,
                () -> new ConsultationComment(4, null, 1, comment, citizen, null, null, "Elsewhere", NOW));
    }

    @Test
    void markupIsKeptAsTypedAndControlCharactersGo() {
        ConsultationComment comment = new ConsultationComment(3, null, 1, null, citizen, "  ", "",
                "<script>alert(1)</script>\u0000 and\r\nmore\u0007", NOW);

        assertEquals("<script>alert(1)</script> and\nmore", comment.getText(), "escaped when shown, never run");
        assertNull(comment.getOnBehalfOf());
        assertNull(comment.getQuote());
    }

    @Test
    void tooLongOrEmptyTextsAreRefused() {
        assertThrows(InvalidConsultation.class,
                () -> new ConsultationComment(3, null, 1, null, citizen, null, null, " \n ", NOW));
        assertThrows(InvalidConsultation.class, () -> new ConsultationComment(3, null, 1, null, citizen, null, null,
                "x".repeat(ConsultationComment.TEXT_LENGTH + 1), NOW));
        assertThrows(InvalidConsultation.class, () -> new ConsultationComment(3, null, 1, null, citizen, null,
                "q".repeat(ConsultationComment.QUOTE_LENGTH + 1), "Fine", NOW));
    }

    @Test
    void anAnswerIsRequestedOnce() {
        ConsultationComment comment = new ConsultationComment(3, null, 1, null, citizen, null, null, "Answer me", NOW);

        assertTrue(comment.requestAnswer(7, NOW));
        assertFalse(comment.requestAnswer(8, NOW.plusSeconds(1)));
        assertEquals(NOW, comment.getAnswerRequestedAt());
    }
}
