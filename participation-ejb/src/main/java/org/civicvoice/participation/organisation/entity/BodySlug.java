package org.civicvoice.participation.organisation.entity;

import java.util.Optional;
import java.util.regex.Pattern;

/** The public identifier of a government body, as it appears in addresses: {@code ministry-of-health}. */
public record BodySlug(String value) {

    public static final int MAX_LENGTH = 80;
    private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public BodySlug {
        if (value == null || value.length() > MAX_LENGTH || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a body identifier: " + value);
        }
    }

    public static BodySlug of(String value) {
        return new BodySlug(value);
    }

    /** The slug if the text is one, else empty: for identifiers that come from outside. */
    public static Optional<BodySlug> parse(String value) {
        if (value == null || value.length() > MAX_LENGTH || !FORM.matcher(value).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BodySlug(value));
    }

    @Override
    public String toString() {
        return value;
    }
}
