package org.civicvoice.participation.lawtext.entity;

import java.util.Objects;

/** A stretch of a changed unit's text: kept, deleted from the old version or inserted in the new one. */
public record WordChange(Operation operation, String text) {

    public enum Operation { EQUAL, DELETE, INSERT }

    public WordChange {
        Objects.requireNonNull(operation);
        Objects.requireNonNull(text);
    }
}
