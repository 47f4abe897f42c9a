package org.civicvoice.participation.identity.entity;

import org.civicvoice.participation.shared.BusinessException;

/** The new password is too short or too common. */
public class WeakPassword extends BusinessException {

    public WeakPassword(int minimumLength) {
        super("identity.password.weak", minimumLength);
    }

    @Override
    public Reason reason() {
        return Reason.REJECTED;
    }
}
