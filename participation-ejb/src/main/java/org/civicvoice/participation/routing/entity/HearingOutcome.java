package org.civicvoice.participation.routing.entity;

/** What the petitions committee decided. */
public enum HearingOutcome {
    DEBATED, REFERRED_TO_MINISTRY, REJECTED, LAW_CHANGED
}
