package org.civicvoice.participation.identity.entity;

import java.time.Duration;

/** What a single-use link in an e-mail does, and how long it stays valid. */
public enum TokenPurpose {
    VERIFY_EMAIL(Duration.ofDays(3)),
    RESET_PASSWORD(Duration.ofHours(1)),
    CHANGE_EMAIL(Duration.ofDays(1)),
    INVITATION(Duration.ofDays(7));

    private final Duration validity;

    TokenPurpose(Duration validity) {
        this.validity = validity;
    }

    public Duration validity() {
        return validity;
    }
}
