package org.civicvoice.participation.petition.entity;

import org.civicvoice.participation.shared.BusinessException;

/** This signer's signature was invalidated by moderation and cannot be given again. */
public class SignatureRefused extends BusinessException {

    public SignatureRefused() {
        super("petition.sign.invalidated");
    }

    @Override
    public Reason reason() {
        return Reason.FORBIDDEN;
    }
}
