package org.civicvoice.participation.proposal.entity;

import org.civicvoice.participation.shared.BusinessException;

/** No call with this number. */
public class UnknownCall extends BusinessException {

    public UnknownCall(String id) {
        super("proposal.call.unknown", id);
    }

    @Override
    public Reason reason() {
        return Reason.NOT_FOUND;
    }
}
