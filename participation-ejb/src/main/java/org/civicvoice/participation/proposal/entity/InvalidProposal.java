package org.civicvoice.participation.proposal.entity;

import org.civicvoice.participation.shared.BusinessException;

/** The proposal's text or choices break a rule; the key names which. */
public class InvalidProposal extends BusinessException {

    public InvalidProposal(String key, Object... arguments) {
        super(key, arguments);
    }

    @Override
    public Reason reason() {
        return Reason.REJECTED;
    }
}
