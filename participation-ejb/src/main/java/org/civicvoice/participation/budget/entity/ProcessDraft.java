package org.civicvoice.participation.budget.entity;

import java.time.Instant;
import java.util.List;

/** What an official fills in to create a budget process, with its headings. */
public record ProcessDraft(String slug, String bodySlug, String name, String description, String currency,
                           BallotRules ballot, ResultRule rule, String minAssurance, Instant reviewAt,
                           Instant votingAt, Instant resultsAt, List<HeadingDraft> headings) {

    /** A heading: its slug, name, amount and, if voting on it is for residents only, the region's code. */
    public record HeadingDraft(String slug, String name, long amount, String regionCode) {
    }
}
