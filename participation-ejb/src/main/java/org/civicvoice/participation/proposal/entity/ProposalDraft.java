package org.civicvoice.participation.proposal.entity;

/**
 * A draft as the author writes it: the text, the topic and region (slugs and codes), the body addressed (a slug;
 * empty to take the suggestion for the topic) and the call it answers, if any.
 */
public record ProposalDraft(ProposalText text, String topicSlug, String regionCode, String bodySlug, Long callId) {
}
