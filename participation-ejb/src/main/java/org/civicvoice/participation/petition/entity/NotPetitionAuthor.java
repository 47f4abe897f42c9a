package org.civicvoice.participation.petition.entity;

import org.civicvoice.participation.shared.BusinessException;

/** Only the author may do this with the petition. */
public class NotPetitionAuthor extends BusinessException {

    public NotPetitionAuthor() {
        super("petition.notAuthor");
    }

    @Override
    public Reason reason() {
        return Reason.FORBIDDEN;
    }
}
