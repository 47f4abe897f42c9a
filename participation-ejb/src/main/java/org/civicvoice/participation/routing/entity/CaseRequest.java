package org.civicvoice.participation.routing.entity;

import java.util.Objects;

/**
 * What a feature hands to routing when one of its items needs an answer: the item, its title and public link,
 * its topic and region (for the rules), and the body the citizen addressed (used when no rule matches).
 */
public record CaseRequest(CaseType type, ItemRef item, String title, String link, String topicSlug,
                          String regionCode, String addressedBodySlug) {

    public CaseRequest {
        Objects.requireNonNull(type);
        Objects.requireNonNull(item);
        Objects.requireNonNull(title);
        Objects.requireNonNull(link);
        Objects.requireNonNull(addressedBodySlug);
    }
}
