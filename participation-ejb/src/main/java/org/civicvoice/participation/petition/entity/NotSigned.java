package org.civicvoice.participation.petition.entity;

import org.civicvoice.participation.shared.BusinessException;

/** There is no signature of the caller to withdraw. */
public class NotSigned extends BusinessException {

    public NotSigned() {
        super("petition.withdraw.notSigned");
    }

    @Override
    public Reason reason() {
        return Reason.NOT_FOUND;
    }
}
