package org.civicvoice.participation.petition.entity;

/** Where a petition is in its life; only OPEN petitions collect public signatures. */
public enum PetitionState {
    DRAFT, SPONSORING, MODERATION, OPEN, CLOSED, ARCHIVED, REJECTED, WITHDRAWN;

    /** Whether anyone but the author and moderators may read it. */
    public boolean isPublic() {
        return this == OPEN || this == CLOSED || this == ARCHIVED || this == REJECTED || this == WITHDRAWN;
    }
}
