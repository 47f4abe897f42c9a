package org.civicvoice.participation.petition.entity;

import org.civicvoice.participation.shared.BusinessException;

/** No petition has this number. */
public class UnknownPetition extends BusinessException {

    public UnknownPetition(String number) {
        super("petition.unknown", number);
    }

    @Override
    public Reason reason() {
        return Reason.NOT_FOUND;
    }
}
