package org.civicvoice.participation.petition.entity;

import java.time.Instant;
import java.util.Locale;

/** Which signatures a moderator invalidates: from an IP address, an e-mail domain, a time window, or several. */
public record InvalidationPattern(String ip, String domain, Instant from, Instant until, String reason) {

    public static final int REASON_LENGTH = 1000;

    public InvalidationPattern {
        ip = ip == null || ip.isBlank() ? null : ip.strip();
        domain = domain == null || domain.isBlank() ? null : domain.strip().toLowerCase(Locale.ROOT);
        reason = reason == null ? "" : reason.strip();
        if (ip == null && domain == null && from == null && until == null) {
            throw new InvalidPetition("petition.invalidate.patternNeeded");
        }
        if (from != null && until != null && !from.isBefore(until)) {
            throw new InvalidPetition("petition.invalidate.window");
        }
        if (reason.isEmpty() || reason.length() > REASON_LENGTH) {
            throw new InvalidPetition("petition.invalidate.reasonNeeded", REASON_LENGTH);
        }
        if (ip != null && ip.length() > 45) {
            throw new InvalidPetition("petition.invalidate.ip");
        }
    }
}
