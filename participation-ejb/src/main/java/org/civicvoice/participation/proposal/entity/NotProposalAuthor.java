package org.civicvoice.participation.proposal.entity;

import org.civicvoice.participation.shared.BusinessException;

/** Only the proposal's author may do this. */
public class NotProposalAuthor extends BusinessException {

    public NotProposalAuthor() {
        super("proposal.notAuthor");
    }

    @Override
    public Reason reason() {
        return Reason.FORBIDDEN;
    }
}
