package org.civicvoice.participation.identity.entity;

import org.civicvoice.participation.shared.BusinessException;

/** The current password given does not match. */
public class WrongPassword extends BusinessException {

    public WrongPassword() {
        super("identity.password.wrong");
    }

    @Override
    public Reason reason() {
        return Reason.REJECTED;
    }
}
