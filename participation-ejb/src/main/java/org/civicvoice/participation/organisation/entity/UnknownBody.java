package org.civicvoice.participation.organisation.entity;

import org.civicvoice.participation.shared.BusinessException;

/** No government body has this identifier. */
public class UnknownBody extends BusinessException {

    public UnknownBody(String slug) {
        super("organisation.body.unknown", slug);
    }

    @Override
    public Reason reason() {
        return Reason.NOT_FOUND;
    }
}
