package org.civicvoice.participation.routing.entity;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The kind of item a case is about, named by the feature that owns such items ({@code PETITION},
 * {@code PROPOSAL}, ...); with the item's id it names the item across features.
 */
public record ItemKind(String code) {

    public static final int LENGTH = 30;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0," + (LENGTH - 1) + "}");

    public ItemKind {
        Objects.requireNonNull(code);
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("an item kind is 1 to " + LENGTH + " capitals, digits and _: " + code);
        }
    }

    public static ItemKind of(String code) {
        return new ItemKind(code);
    }

    public String name() {
        return code;
    }

    @Override
    public String toString() {
        return code;
    }
}
