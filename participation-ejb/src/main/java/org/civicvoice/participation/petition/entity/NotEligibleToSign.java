package org.civicvoice.participation.petition.entity;

import org.civicvoice.participation.shared.BusinessException;

/** The signer's identity level or region does not meet the rules of this petition type. */
public class NotEligibleToSign extends BusinessException {

    public NotEligibleToSign(String key) {
        super(key);
    }

    @Override
    public Reason reason() {
        return Reason.FORBIDDEN;
    }
}
