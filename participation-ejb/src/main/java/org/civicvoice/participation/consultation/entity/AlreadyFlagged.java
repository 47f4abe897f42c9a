package org.civicvoice.participation.consultation.entity;

import org.civicvoice.participation.shared.BusinessException;

/** The person flagged this comment already. */
public class AlreadyFlagged extends BusinessException {

    public AlreadyFlagged() {
        super("consultation.comment.flaggedAlready");
    }

    @Override
    public Reason reason() {
        return Reason.CONFLICT;
    }
}
