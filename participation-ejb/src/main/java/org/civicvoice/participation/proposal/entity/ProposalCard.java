package org.civicvoice.participation.proposal.entity;

import java.time.Instant;

/** A proposal as lists show it: what it asks, whom, where it stands and how many support it. */
public record ProposalCard(long number, String title, ProposalKind kind, ProposalState state, String bodySlug,
                           String bodyName, String topicSlug, String topicName, String regionCode, String regionName,
                           Long callId, String onBehalfOf, int supports, Instant publishedAt, Instant answeredAt) {
}
