package org.civicvoice.participation.petition.entity;

/** The steps a petition's public timeline shows. */
public enum EventKind {
    CREATED, SPONSORING, MODERATION, OPENED, REJECTED, WITHDRAWN, THRESHOLD_REACHED, CLOSED, ARCHIVED,
    SIGNATURES_INVALIDATED, SIGNER_DATA_ANONYMISED,
    /* steps of the answer, recorded as routing makes them */
    ROUTED, TRANSFERRED, ESCALATED, ANSWERED, HEARING_SCHEDULED, OUTCOME_RECORDED, COMMITMENT_MADE, COMMITMENT_DONE,
    COMMITMENT_DROPPED, COMMITMENT_OVERDUE, CASE_CLOSED;

    /** Steps that only the author and moderators see. */
    public boolean isInternal() {
        return this == CREATED || this == SPONSORING;
    }
}
