package org.civicvoice.participation.organisation.entity;

import org.civicvoice.participation.shared.BusinessException;

/** A body placed under itself or one of its own sub-bodies, or a region under itself. */
public class InvalidHierarchy extends BusinessException {

    public InvalidHierarchy() {
        super("organisation.invalidHierarchy");
    }

    @Override
    public Reason reason() {
        return Reason.REJECTED;
    }
}
