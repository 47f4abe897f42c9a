package org.civicvoice.participation.petition.entity;

/**
 * Where a petition stands after a step of its author or a moderator, as the step's own transaction leaves it:
 * its state, the version a next edit must name, and the private sponsor link's code while the author collects
 * sponsors (null for anyone else and in any other state).
 */
public record PetitionStatus(PetitionNumber number, PetitionState state, long version, String sponsorCode) {

    /** The petition's status, for its author (who sees the sponsor code while it collects sponsors) or not. */
    public static PetitionStatus of(Petition petition, boolean forAuthor) {
        return new PetitionStatus(petition.number(), petition.getState(), petition.getVersion(),
                forAuthor && petition.getState() == PetitionState.SPONSORING ? petition.sponsorCode() : null);
    }
}
