package org.civicvoice.participation.petition.entity;

import org.civicvoice.participation.shared.BusinessException;

/** The withdrawal link is unknown (mistyped, or the signers' data of a long closed petition was erased). */
public class InvalidWithdrawal extends BusinessException {

    public InvalidWithdrawal() {
        super("petition.withdraw.invalid");
    }

    @Override
    public Reason reason() {
        return Reason.REJECTED;
    }
}
