package org.civicvoice.participation.identity.entity;

import org.civicvoice.participation.shared.BusinessException;

/** An account with this e-mail address exists already. */
public class EmailAlreadyRegistered extends BusinessException {

    public EmailAlreadyRegistered() {
        super("identity.email.taken");
    }

    @Override
    public Reason reason() {
        return Reason.CONFLICT;
    }
}
