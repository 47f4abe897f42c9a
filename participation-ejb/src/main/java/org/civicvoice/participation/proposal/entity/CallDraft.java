package org.civicvoice.participation.proposal.entity;

import java.time.Instant;

/**
 * A call as an official of the body opens it: the body (a slug), the question, when it opens and closes, how many
 * of the most supported proposals are forwarded, and whether to parliament's petitions committee instead of the
 * body itself.
 */
public record CallDraft(String bodySlug, String title, String question, Instant opensAt, Instant closesAt,
                        int topN, boolean toPetitionsCommittee) {
}
