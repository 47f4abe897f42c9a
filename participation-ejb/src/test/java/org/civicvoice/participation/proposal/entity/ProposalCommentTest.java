package org.civicvoice.participation.proposal.entity;

import org.civicvoice.participation.identity.entity.Account;
import org.civicvoice.participation.identity.entity.EmailAddress;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProposalCommentTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private final Account citizen = new Account(new EmailAddress("c@example.org"), null, "Citizen", null, "en", NOW);

    @Test
    void aReplyToAReplyAnswersTheSameCommentSoThreadsStayOneLevelDeep() {
        ProposalComment comment = new ProposalComment(3, null, citizen, "Yes, please", NOW);
        ProposalComment reply = new ProposalComment(3, comment, citizen, "And safe crossings", NOW);
        ProposalComment replyToReply = new ProposalComment(3, reply, citizen, "Agreed", NOW);
        assertSame(comment, reply.getParent());
        assertSame(comment, replyToReply.getParent());
        assertThrows(UnknownComment.class, () -> new ProposalComment(4, comment, citizen, "Elsewhere", NOW));
        assertThrows(InvalidProposal.class, () -> new ProposalComment(3, null, citizen, "  ", NOW));
    }

    @Test
    void aHiddenCommentShowsItsReasonInsteadOfItsText() {
        ProposalComment comment = new ProposalComment(3, null, citizen, "<b>Buy now</b>", NOW);
        assertEquals("<b>Buy now</b>", comment.getText(), "kept as typed, escaped when shown");
        comment.hide(CommentHiding.SPAM, citizen, NOW);
        assertTrue(comment.isHidden());
        assertNull(comment.getText());
        assertEquals(CommentHiding.SPAM, comment.getHiddenReason());
    }
}
