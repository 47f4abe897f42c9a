package org.civicvoice.participation.proposal.entity;

import org.civicvoice.participation.shared.BusinessException;

/** No proposal with this number, or not one the caller may read. */
public class UnknownProposal extends BusinessException {

    public UnknownProposal(String number) {
        super("proposal.unknown", number);
    }

    @Override
    public Reason reason() {
        return Reason.NOT_FOUND;
    }
}
