package org.civicvoice.participation.shared;

import org.civicvoice.participation.petition.entity.PetitionText;
import org.civicvoice.participation.proposal.entity.ProposalKind;
import org.civicvoice.participation.proposal.entity.ProposalText;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Titles others read are plain lines: a right-to-left override or a zero-width space cannot make a petition's or
 * a proposal's title look like another one, and the same letters are stored composed the same way (NFC).
 */
class TitlesAsPlainTextTest {

    private static final String SPOOFED = "Save the \u202Ekrap\u202C river\u200B park";
    private static final String DECOMPOSED = "Cafe\u0301 opening hours for everyone";

    @Test
    void aPetitionTitleLosesBidiOverridesAndInvisibleCharactersAndIsComposed() {
        assertEquals("Save the krap river park", new PetitionText(SPOOFED, "Act.", "Why.").title());
        assertEquals("Caf\u00e9 opening hours for everyone", new PetitionText(DECOMPOSED, "Act.", "Why.").title());
    }

    @Test
    void aProposalTitleAndTheOrganisationItSpeaksForAreCleanedTheSameWay() {
        ProposalText text = new ProposalText(SPOOFED, ProposalKind.NEW_LAW, "Change.", "Reason.",
                "Friends\u2066 of\u2069 the park");
        assertEquals("Save the krap river park", text.title());
        assertEquals("Friends of the park", text.onBehalfOf());
    }
}
