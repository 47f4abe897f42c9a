package org.civicvoice.participation.proposal.entity;

import org.civicvoice.participation.shared.BusinessException;

/** Only an official of the body (or a platform administrator) opens its calls. */
public class NotOfficialOfBody extends BusinessException {

    public NotOfficialOfBody(String body) {
        super("proposal.call.notOfficial", body);
    }

    @Override
    public Reason reason() {
        return Reason.FORBIDDEN;
    }
}
