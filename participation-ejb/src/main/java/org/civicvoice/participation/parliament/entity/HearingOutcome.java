package org.civicvoice.participation.parliament.entity;

import org.civicvoice.participation.shared.KeyedText;

/**
 * What the petitions committee decided. The step that records it carries the outcome as its explanation
 * ({@code case.outcome.<OUTCOME>}), so pages and mails show it in the reader's language without reading text.
 */
public enum HearingOutcome {
    DEBATED, REFERRED_TO_MINISTRY, REJECTED, LAW_CHANGED;

    /** The outcome as a text for readers. */
    public KeyedText label() {
        return KeyedText.of("case.outcome." + name());
    }
}
