package org.civicvoice.participation.petition.entity;

/** What reaching a threshold sets in motion. */
public enum Consequence {
    BODY_RESPONSE, GOVERNMENT_RESPONSE, PARLIAMENT_REFERRAL, PARLIAMENT_DEBATE
}
