package org.civicvoice.participation.routing.entity;

import org.civicvoice.participation.shared.KeyedText;

import java.util.Objects;

/**
 * What a feature hands to routing when one of its items needs an answer: the item, its title and public link,
 * its topic and region (for the rules), and the body the citizen addressed (used when no rule matches). A
 * {@code referral} says that a person chose the body (the petitions committee referring a petition to a
 * ministry): the case goes there, past the rules, with the referral as the reason readers see.
 */
public record CaseRequest(CaseType type, ItemRef item, String title, String link, String topicSlug,
                          String regionCode, String addressedBodySlug, KeyedText referral) {

    public CaseRequest {
        Objects.requireNonNull(type);
        Objects.requireNonNull(item);
        Objects.requireNonNull(title);
        Objects.requireNonNull(link);
        Objects.requireNonNull(addressedBodySlug);
    }

    /** A request routed by the rules, falling back to the body the citizen addressed. */
    public CaseRequest(CaseType type, ItemRef item, String title, String link, String topicSlug, String regionCode,
                       String addressedBodySlug) {
        this(type, item, title, link, topicSlug, regionCode, addressedBodySlug, null);
    }
}
