package org.civicvoice.participation.proposal.entity;

/** Why moderation turned a proposal down. Offensive and defamatory texts are hidden from the public. */
public enum ProposalRejection {
    DUPLICATE, NOT_RESPONSIBLE, OFFENSIVE, DEFAMATORY, PERSONAL_CASE, UNCLEAR;

    public boolean hidesText() {
        return this == OFFENSIVE || this == DEFAMATORY;
    }
}
