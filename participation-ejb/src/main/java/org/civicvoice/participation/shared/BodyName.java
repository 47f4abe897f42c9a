package org.civicvoice.participation.shared;

import java.util.Objects;

/**
 * A government body named in a stored text: its slug, so the text names it in the reader's language when shown, and
 * its name in the default language for readers the platform cannot look it up for.
 */
public record BodyName(String slug, String name) {

    public BodyName {
        Objects.requireNonNull(slug);
        name = name == null ? "" : name;
    }

    @Override
    public String toString() {
        return name;
    }
}
