package org.civicvoice.participation.petition.entity;

import org.civicvoice.participation.shared.BusinessException;

/** The petition no longer collects signatures, so the signature stays as it was counted. */
public class SignatureNotWithdrawable extends BusinessException {

    public SignatureNotWithdrawable() {
        super("petition.withdraw.closed");
    }

    @Override
    public Reason reason() {
        return Reason.CONFLICT;
    }
}
