package org.civicvoice.participation.petition.entity;

/** Why moderation turned a petition down. Offensive and defamatory texts are hidden from the public. */
public enum RejectionReason {
    DUPLICATE, NOT_RESPONSIBLE, OFFENSIVE, DEFAMATORY, ALREADY_ACTED_ON, PERSONAL_CASE, UNCLEAR;

    public boolean hidesText() {
        return this == OFFENSIVE || this == DEFAMATORY;
    }
}
