package org.civicvoice.participation.proposal.entity;

import java.util.List;

/** A call with its proposals ranked by support, and which of them were forwarded when it closed. */
public record CallRanking(ProposalCall call, List<ProposalCard> ranked, List<Long> forwarded) {
}
