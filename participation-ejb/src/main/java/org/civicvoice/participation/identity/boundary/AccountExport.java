package org.civicvoice.participation.identity.boundary;

import java.time.Instant;
import java.util.List;

/** Everything the platform holds about one person, as they download it. */
public record AccountExport(String accountKey, String email, Instant emailVerifiedAt, String displayName,
                            String region, String language, String assurance, boolean notifyUpdates,
                            boolean notifyNews, Instant createdAt, List<String> roles,
                            List<MembershipExport> memberships) {

    public record MembershipExport(String body, String position, String role, Instant since) {
    }
}
