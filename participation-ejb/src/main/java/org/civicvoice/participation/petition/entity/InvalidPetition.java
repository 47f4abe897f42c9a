package org.civicvoice.participation.petition.entity;

import org.civicvoice.participation.shared.BusinessException;

/** The petition's text or choices break a rule; the key names which. */
public class InvalidPetition extends BusinessException {

    public InvalidPetition(String key, Object... arguments) {
        super(key, arguments);
    }

    @Override
    public Reason reason() {
        return Reason.REJECTED;
    }
}
