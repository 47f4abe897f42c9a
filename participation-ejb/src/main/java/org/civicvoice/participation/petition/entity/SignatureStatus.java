package org.civicvoice.participation.petition.entity;

/** A signature counts only while VALID; PENDING waits for the e-mail confirmation of a signer without account. */
public enum SignatureStatus {
    PENDING, VALID, WITHDRAWN, INVALIDATED
}
