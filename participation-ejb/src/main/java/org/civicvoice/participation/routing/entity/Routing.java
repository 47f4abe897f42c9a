package org.civicvoice.participation.routing.entity;

import org.civicvoice.participation.organisation.entity.Body;

import org.civicvoice.participation.shared.KeyedText;

import java.util.Objects;

/** Where an item goes and why: the body, the rule version that decided (none when no rule matched), as a text for readers. */
public record Routing(Body body, RuleVersion rule, KeyedText reason) {

    public Routing {
        Objects.requireNonNull(body);
        Objects.requireNonNull(reason);
    }
}
