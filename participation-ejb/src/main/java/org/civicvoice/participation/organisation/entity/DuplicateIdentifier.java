package org.civicvoice.participation.organisation.entity;

import org.civicvoice.participation.shared.BusinessException;

/** A body, region or topic with this identifier exists already. */
public class DuplicateIdentifier extends BusinessException {

    public DuplicateIdentifier(String identifier) {
        super("organisation.duplicate", identifier);
    }

    @Override
    public Reason reason() {
        return Reason.CONFLICT;
    }
}
