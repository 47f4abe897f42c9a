package org.civicvoice.participation.organisation.entity;

import org.civicvoice.participation.shared.BusinessException;

/** No region has this code. */
public class UnknownRegion extends BusinessException {

    public UnknownRegion(String code) {
        super("organisation.region.unknown", code);
    }

    @Override
    public Reason reason() {
        return Reason.NOT_FOUND;
    }
}
