package org.civicvoice.participation.consultation.entity;

import java.io.Serializable;
import java.time.Instant;

/**
 * A top-level comment as the body's officials see it when giving dispositions: its unit, author and text (null
 * when hidden), whether a moderator hid it or it is held for review, and its disposition so far (null if none).
 */
public record SheetEntry(long id, Instant createdAt, String unitKey, String unitLabel, String author,
                         String onBehalfOf, String text, boolean hidden, boolean held, Disposition disposition,
                         String reason, String changedUnitKey) implements Serializable {

    /** Whether the report waits for this comment's disposition (hidden and held comments are not reported). */
    public boolean awaitsDisposition() {
        return disposition == null && !hidden && !held;
    }
}
