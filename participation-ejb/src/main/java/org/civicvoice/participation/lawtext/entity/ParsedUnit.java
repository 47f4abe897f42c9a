package org.civicvoice.participation.lawtext.entity;

import java.util.List;
import java.util.Objects;

/**
 * One unit of a parsed draft, in document order: its kind and number, the label as written ({@code § 5¹},
 * {@code (1)}, {@code 2¹)}, {@code Article 5}), heading, own text, amendment notes (kept apart from the text), the
 * Akoma Ntoso style eId of this version, its depth and its parent's position in the list (-1 at the top).
 */
public record ParsedUnit(int position, UnitKind kind, UnitNumber number, String label, String heading, String text,
                         List<String> notes, String eId, int depth, int parent, int line) {

    public ParsedUnit {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(number);
        Objects.requireNonNull(label);
        Objects.requireNonNull(eId);
        heading = heading == null ? "" : heading;
        text = text == null ? "" : text;
        notes = List.copyOf(notes);
    }

    /** What a reader compares: the heading and the text. */
    public String content() {
        return heading.isEmpty() ? text : text.isEmpty() ? heading : heading + "\n" + text;
    }
}
