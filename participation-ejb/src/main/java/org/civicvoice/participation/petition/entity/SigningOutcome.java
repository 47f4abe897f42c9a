package org.civicvoice.participation.petition.entity;

/** What a signing or withdrawal request achieved; every outcome is a success for the person who asked. */
public enum SigningOutcome {
    /** A new signature, counted within seconds. */
    SIGNED,
    /** This person had signed already: nothing changed. */
    ALREADY_SIGNED,
    /** A signer without account: a confirmation link went to the mailbox; it counts once followed. */
    CONFIRMATION_SENT,
    /** The link was followed: the signature counts. */
    CONFIRMED,
    /** The signer took the signature back: it stops counting within seconds. */
    WITHDRAWN,
    /** The signature had been withdrawn already: nothing changed. */
    ALREADY_WITHDRAWN
}
