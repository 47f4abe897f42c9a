package org.civicvoice.participation.identity.entity;

import org.civicvoice.participation.shared.BusinessException;

/** A moderator must have an account: no active account uses the address given. */
public class NoAccountForRole extends BusinessException {

    public NoAccountForRole() {
        super("identity.roles.noAccount");
    }

    @Override
    public Reason reason() {
        return Reason.NOT_FOUND;
    }
}
