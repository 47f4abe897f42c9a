package org.civicvoice.participation.routing.entity;

import org.civicvoice.participation.organisation.entity.Body;

import java.util.Objects;

/** Where an item goes and why: the body, the rule version that decided (none when no rule matched), in words. */
public record Routing(Body body, RuleVersion rule, String reason) {

    public Routing {
        Objects.requireNonNull(body);
        Objects.requireNonNull(reason);
    }
}
