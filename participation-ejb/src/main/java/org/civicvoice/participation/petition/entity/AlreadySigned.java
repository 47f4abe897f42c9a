package org.civicvoice.participation.petition.entity;

import org.civicvoice.participation.shared.BusinessException;

/** A racing request of the same signer won; the web tier shows this as success. */
public class AlreadySigned extends BusinessException {

    public AlreadySigned() {
        super("petition.sign.already");
    }

    @Override
    public Reason reason() {
        return Reason.CONFLICT;
    }
}
