package org.civicvoice.participation.budget.entity;

import org.civicvoice.participation.shared.ContentText;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What an official fills in to create a budget process, with its headings; {@code translations} hold the name and
 * description in the platform's other languages, by language tag.
 */
public record ProcessDraft(String slug, String bodySlug, String name, String description, String currency,
                           BallotRules ballot, ResultRule rule, String minAssurance, Instant reviewAt,
                           Instant votingAt, Instant resultsAt, List<HeadingDraft> headings,
                           Map<String, ContentText> translations) {

    /**
     * A heading: its slug, name, amount and, if voting on it is for residents only, the region's code; its name in
     * the other languages.
     */
    public record HeadingDraft(String slug, String name, long amount, String regionCode,
                               Map<String, ContentText> translations) {
    }
}
