package org.civicvoice.participation.routing.entity;

import java.util.Objects;

/** Names an item of another feature: a petition, a proposal, a comment, a budget project. */
public record ItemRef(ItemKind kind, long id) {

    public ItemRef {
        Objects.requireNonNull(kind);
        if (id <= 0) {
            throw new IllegalArgumentException("item id must be positive");
        }
    }
}
