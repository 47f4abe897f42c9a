package org.civicvoice.participation.proposal.entity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ProposalTextTest {

    @Test
    void aTextIsTrimmedAndAnEmptyOrganisationMeansTheAuthorActsAlone() {
        ProposalText text = new ProposalText("  Clinics open on Saturdays ", ProposalKind.NEW_LAW, " Open\r\nthem ",
                "Because", "   ");
        assertEquals("Clinics open on Saturdays", text.title());
        assertEquals("Open\nthem", text.change());
        assertNull(text.onBehalfOf());
    }

    @Test
    void eachPartHasItsRuleAndItsKey() {
        assertEquals("proposal.text.title", assertThrows(InvalidProposal.class,
                () -> new ProposalText("Short", ProposalKind.NEW_LAW, "a", "b", null)).messageKey());
        assertEquals("proposal.text.kind", assertThrows(InvalidProposal.class,
                () -> new ProposalText("A long enough title", null, "a", "b", null)).messageKey());
        assertEquals("proposal.text.change", assertThrows(InvalidProposal.class,
                () -> new ProposalText("A long enough title", ProposalKind.AMENDMENT, " ", "b", null)).messageKey());
        assertEquals("proposal.text.reason", assertThrows(InvalidProposal.class,
                () -> new ProposalText("A long enough title", ProposalKind.AMENDMENT, "a",
                        "x".repeat(ProposalText.REASON_LENGTH + 1), null)).messageKey());
        assertEquals("proposal.text.onBehalfOf", assertThrows(InvalidProposal.class,
                () -> new ProposalText("A long enough title", ProposalKind.AMENDMENT, "a", "b",
                        "x".repeat(ProposalText.ON_BEHALF_OF_LENGTH + 1))).messageKey());
    }
}
