package org.civicvoice.participation.proposal.entity;

/** Where a proposal is in its life: drafted, checked by moderation, public, answered by its body, or turned down. */
public enum ProposalState {
    DRAFT, IN_MODERATION, PUBLISHED, ANSWERED, REJECTED;

    /** Whether the public may read proposals in this state (a rejection may still hide the text). */
    public boolean isPublic() {
        return this == PUBLISHED || this == ANSWERED || this == REJECTED;
    }
}
