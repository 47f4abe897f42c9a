package org.civicvoice.participation.consultation.entity;

/** Why a reader flags a comment. */
public enum FlagReason {
    OFFENSIVE,
    DEFAMATORY,
    SPAM,
    OFF_TOPIC,
    PERSONAL_DATA
}
