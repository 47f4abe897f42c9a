package org.civicvoice.participation.identity.entity;

import java.time.Instant;

/** An invitation to a body that was sent and not yet accepted, cancelled or expired. */
public record PendingInvitation(long id, String email, String position, BodyRole role, Instant sentAt,
                                Instant expiresAt) {
}
