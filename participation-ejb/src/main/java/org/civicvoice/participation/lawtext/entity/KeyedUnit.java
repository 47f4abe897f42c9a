package org.civicvoice.participation.lawtext.entity;

import java.util.Objects;

/** A unit of a version with the stable key that names it across versions. */
public record KeyedUnit(String key, ParsedUnit unit) {

    public KeyedUnit {
        Objects.requireNonNull(key);
        Objects.requireNonNull(unit);
    }
}
