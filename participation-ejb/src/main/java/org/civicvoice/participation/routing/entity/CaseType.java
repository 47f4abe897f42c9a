package org.civicvoice.participation.routing.entity;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What kind of answer an item is waiting for, named by the feature that registers it ({@code PETITION_RESPONSE},
 * {@code PROPOSAL}, ...): routing keeps no list of its own, see {@link CaseTypeDefinition}.
 */
public record CaseType(String code) implements Comparable<CaseType> {

    public static final int LENGTH = 30;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0," + (LENGTH - 1) + "}");

    public CaseType {
        Objects.requireNonNull(code);
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a case type is 1 to " + LENGTH + " capitals, digits and _: " + code);
        }
    }

    public static CaseType of(String code) {
        return new CaseType(code);
    }

    /** The case type a form or an address names, or null for none or a malformed name. */
    public static CaseType parse(String value) {
        if (value == null || value.isBlank() || !CODE.matcher(value.strip()).matches()) {
            return null;
        }
        return new CaseType(value.strip());
    }

    /** The code, as pages, addresses and the database name the type. */
    public String name() {
        return code;
    }

    @Override
    public int compareTo(CaseType other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
