package org.civicvoice.participation.proposal.entity;

import org.civicvoice.participation.shared.BusinessException;

/** No such comment on the proposal. */
public class UnknownComment extends BusinessException {

    public UnknownComment() {
        super("proposal.comment.unknown");
    }

    @Override
    public Reason reason() {
        return Reason.NOT_FOUND;
    }
}
