package org.civicvoice.participation.petition.entity;

import org.civicvoice.participation.shared.BusinessException;

/** The petition does not take signatures now (not open, or closed). */
public class PetitionNotSignable extends BusinessException {

    public PetitionNotSignable() {
        super("petition.sign.closed");
    }

    @Override
    public Reason reason() {
        return Reason.CONFLICT;
    }
}
