package org.civicvoice.participation.proposal.entity;

import org.civicvoice.participation.routing.entity.PublicAnswer;

import java.util.List;

/**
 * A proposal with everything its page shows, read in one call: its card, the full text, the timeline, and what the
 * reader may do (support, withdraw, follow; the author sees their draft), and the answers its body published, with
 * their commitments, as routing gives them.
 */
public record ProposalDetail(Proposal proposal, ProposalCard card, List<TimelineEntry> timeline,
                             boolean readerIsAuthor, boolean readerSupports, boolean readerFollows,
                             List<PublicAnswer> answers) {
}
