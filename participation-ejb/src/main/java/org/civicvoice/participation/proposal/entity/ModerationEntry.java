package org.civicvoice.participation.proposal.entity;

import java.time.Instant;

/** A proposal waiting for moderation, with the version the moderator decides on. */
public record ModerationEntry(ProposalCard card, String change, String reason, String authorName, long version,
                              Instant submittedAt) {
}
