package org.civicvoice.participation.consultation.entity;

/** What the body did with a comment after the consultation closed. */
public enum Disposition {
    ACCEPTED, PARTLY_ACCEPTED, NOT_ACCEPTED, OUT_OF_SCOPE;

    /** Whether the comment changed the text, so it may name the unit it changed. */
    public boolean changesText() {
        return this == ACCEPTED || this == PARTLY_ACCEPTED;
    }
}
