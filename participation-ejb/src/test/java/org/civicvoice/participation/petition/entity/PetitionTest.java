package org.civicvoice.participation.petition.entity;

import org.civicvoice.participation.identity.entity.Account;
import org.civicvoice.participation.identity.entity.AssuranceLevel;
import org.civicvoice.participation.identity.entity.EmailAddress;
import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.organisation.entity.BodyKind;
import org.civicvoice.participation.organisation.entity.BodySlug;
import org.civicvoice.participation.organisation.entity.Region;
import org.civicvoice.participation.organisation.entity.RegionKind;
import org.civicvoice.participation.organisation.entity.Topic;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PetitionTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private final Body government = new Body(new BodySlug("government"), "Government", BodyKind.GOVERNMENT, null);
    private final PetitionType type = new PetitionType(government, "national-petition", "National petition", null, 182, 5,
            AssuranceLevel.EMAIL_VERIFIED, null);
    private final Account author = new Account(new EmailAddress("author@example.org"), null, "Author", null, "en", NOW);
    private final Account moderator = new Account(new EmailAddress("mod@example.org"), null, "Mod", null, "en", NOW);

    private Petition draft() {
        return new Petition(type, government, new Topic("health", "Health", null), null, author,
                new PetitionText("Free vaccinations for all children", "Make them free", "Because"), "en", NOW);
    }

    @Test
    void aPetitionGoesFromDraftThroughModerationToOpenUntilItsDeadline() {
        Petition petition = draft();
        assertEquals(PetitionState.DRAFT, petition.getState());
        assertFalse(petition.isTextPublic());
        assertEquals(32, petition.sponsorCode().length());
        petition.startSponsoring(NOW);
        assertTrue(petition.acceptsSponsorCode(petition.sponsorCode()));
        assertFalse(petition.acceptsSponsorCode("0".repeat(32)));
        assertThrows(WrongPetitionState.class, () -> petition.approve(moderator, NOW), "sponsors first");
    }

    @Test
    void onlyDraftsAreRevised() {
        Petition petition = draft();
        petition.revise(type, government, new Topic("education", "Education", null), null,
                new PetitionText("Free school meals for all children", "Fund them", "Hunger"));
        assertEquals("Free school meals for all children", petition.getTitle());
        petition.startSponsoring(NOW);
        assertThrows(WrongPetitionState.class, () -> petition.revise(type, government,
                new Topic("x", "X", null), null, new PetitionText("Another title entirely", "a", "b")));
    }

    @Test
    void aWithdrawnPetitionThatNeverOpenedStaysPrivate() {
        Petition petition = draft();
        petition.withdraw(NOW);
        assertEquals(PetitionState.WITHDRAWN, petition.getState());
        assertFalse(petition.isTextPublic());
        assertThrows(WrongPetitionState.class, () -> petition.withdraw(NOW));
    }

    @Test
    void aThresholdIsAFixedNumberOrAShareOfThePopulationRoundedUp() {
        PetitionType local = new PetitionType(government, "local", "Local", null, 90, 0, AssuranceLevel.NONE,
                new Region("DR-N-CAP", "Capital", RegionKind.MUNICIPALITY, null, 812_345));
        TypeThreshold share = local.addThreshold(null, new BigDecimal("1.000"), Consequence.BODY_RESPONSE);
        assertEquals(8124, share.signaturesNeeded(812_345));
        assertThrows(InvalidPetition.class, () -> share.signaturesNeeded(null));
        TypeThreshold fixed = type.addThreshold(10_000, null, Consequence.GOVERNMENT_RESPONSE);
        assertEquals(10_000, fixed.signaturesNeeded(null));
        assertEquals("petition.type.thresholdOrder", assertThrows(InvalidPetition.class,
                () -> type.addThreshold(5_000, null, Consequence.PARLIAMENT_DEBATE)).messageKey());
        assertThrows(InvalidPetition.class, () -> type.addThreshold(null, null, Consequence.PARLIAMENT_DEBATE));
        assertThrows(InvalidPetition.class, () -> new PetitionType(government, "Not A Code", "x", null, 10, 0,
                AssuranceLevel.NONE, null));
        assertEquals(Duration.ofDays(182), type.collectionPeriod());
    }
}
