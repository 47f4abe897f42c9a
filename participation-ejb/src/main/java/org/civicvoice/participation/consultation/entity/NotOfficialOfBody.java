package org.civicvoice.participation.consultation.entity;

import org.civicvoice.participation.shared.BusinessException;

/** Only an official of the consultation's body (or a platform administrator) may do this. */
public class NotOfficialOfBody extends BusinessException {

    public NotOfficialOfBody(String body) {
        super("consultation.notOfficial", body);
    }

    @Override
    public Reason reason() {
        return Reason.FORBIDDEN;
    }
}
