package org.civicvoice.participation.petition.entity;

import org.civicvoice.participation.shared.BusinessException;

/** The confirmation link is unknown, expired, or its petition no longer takes signatures. */
public class InvalidConfirmation extends BusinessException {

    public InvalidConfirmation() {
        super("petition.confirm.invalid");
    }

    @Override
    public Reason reason() {
        return Reason.REJECTED;
    }
}
