package org.civicvoice.participation.organisation.entity;

import java.util.Optional;

/** Which bodies a list shows: any combination of kind, topic, parent body and region; empty means all. */
public record BodyFilter(Optional<BodyKind> kind, Optional<String> topic, Optional<BodySlug> parent,
                         Optional<String> region) {

    public static BodyFilter all() {
        return new BodyFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
