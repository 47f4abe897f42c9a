package org.civicvoice.participation.identity.boundary;

import java.util.Set;

/** Who signed in: the account key (the principal's name) and the security groups they get. */
public record CallerIdentity(String accountKey, Set<String> groups) {

    public CallerIdentity {
        groups = Set.copyOf(groups);
    }
}
