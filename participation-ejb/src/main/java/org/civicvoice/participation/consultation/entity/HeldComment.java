package org.civicvoice.participation.consultation.entity;

import java.time.Instant;

/** A comment held for review after enough flags, as the moderators' queue lists it. */
public record HeldComment(long id, long consultation, String consultationTitle, String author, String text,
                          long flags, Instant heldAt) {
}
