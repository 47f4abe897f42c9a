package org.civicvoice.participation.petition.entity;

/**
 * What a signer without account sees once their signature is confirmed: the petition's count with their own
 * signature in it and, for a sponsor of a petition still before moderation, how many sponsors have signed of
 * how many it needs and the code of the sponsor page (the petition's own page is not public yet).
 */
public record SignatureConfirmation(PetitionNumber petition, boolean sponsor, String sponsorCode, int sponsors,
                                    int sponsorsRequired, PetitionCard card) {

    /** Whether the thanks go to a sponsor whose link leads to the sponsor page rather than the public one. */
    public boolean isSponsorPage() {
        return sponsorCode != null;
    }

    public PetitionNumber getPetition() {
        return petition;
    }

    public boolean isSponsor() {
        return sponsor;
    }

    public String getSponsorCode() {
        return sponsorCode;
    }

    public int getSponsors() {
        return sponsors;
    }

    public int getSponsorsRequired() {
        return sponsorsRequired;
    }

    public PetitionCard getCard() {
        return card;
    }
}
