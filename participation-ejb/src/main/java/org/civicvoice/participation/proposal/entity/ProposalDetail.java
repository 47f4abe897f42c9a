package org.civicvoice.participation.proposal.entity;

import java.util.List;

/**
 * A proposal with everything its page shows, read in one call: its card, the full text, the timeline, and what the
 * reader may do (support, withdraw, follow; the author sees their draft).
 */
public record ProposalDetail(Proposal proposal, ProposalCard card, List<TimelineEntry> timeline,
                             boolean readerIsAuthor, boolean readerSupports, boolean readerFollows) {
}
