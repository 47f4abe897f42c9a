package org.civicvoice.participation.routing.entity;

import java.util.Objects;

/**
 * A case type as the feature owning it registers it: the kind of item its cases are about, the bundle key of its
 * name (in the feature's own bundle) and the time a body has to answer unless an administrator set another.
 */
public record CaseTypeDefinition(CaseType type, ItemKind itemKind, String labelKey, int workingDays, int reminderDays,
                                 int escalationDays) {

    public CaseTypeDefinition {
        Objects.requireNonNull(type);
        Objects.requireNonNull(itemKind);
        Objects.requireNonNull(labelKey);
        if (workingDays <= 0 || reminderDays < 0 || escalationDays <= 0) {
            throw new IllegalArgumentException("deadline defaults of " + type);
        }
    }
}
