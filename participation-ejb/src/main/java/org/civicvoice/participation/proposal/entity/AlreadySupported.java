package org.civicvoice.participation.proposal.entity;

import org.civicvoice.participation.shared.BusinessException;

/** The citizen already supports the proposal: the unique key (proposal, account) refused a second row. */
public class AlreadySupported extends BusinessException {

    public AlreadySupported() {
        super("proposal.support.already");
    }

    @Override
    public Reason reason() {
        return Reason.CONFLICT;
    }
}
