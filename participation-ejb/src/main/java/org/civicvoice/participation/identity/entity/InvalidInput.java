package org.civicvoice.participation.identity.entity;

import org.civicvoice.participation.shared.BusinessException;

/** A value given is not valid. */
public class InvalidInput extends BusinessException {

    public InvalidInput(String field) {
        super("identity.input.invalid", field);
    }

    @Override
    public Reason reason() {
        return Reason.REJECTED;
    }
}
