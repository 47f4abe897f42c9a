package org.civicvoice.participation.consultation.entity;

import org.civicvoice.participation.shared.BusinessException;

/** No such comment in this consultation. */
public class UnknownComment extends BusinessException {

    public UnknownComment() {
        super("consultation.comment.unknown");
    }

    @Override
    public Reason reason() {
        return Reason.NOT_FOUND;
    }
}
