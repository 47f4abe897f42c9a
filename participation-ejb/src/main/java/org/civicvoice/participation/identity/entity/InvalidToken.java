package org.civicvoice.participation.identity.entity;

import org.civicvoice.participation.shared.BusinessException;

/** The link is unknown, was used already, or has expired. */
public class InvalidToken extends BusinessException {

    public InvalidToken() {
        super("identity.token.invalid");
    }

    @Override
    public Reason reason() {
        return Reason.REJECTED;
    }
}
