package org.civicvoice.participation.consultation.entity;

import org.civicvoice.participation.shared.BusinessException;

/** Comments are taken only while the consultation is open; what was typed is not lost, the page keeps it. */
public class CommentingClosed extends BusinessException {

    public CommentingClosed(String state) {
        super("consultation.comment.closed", state);
    }

    @Override
    public Reason reason() {
        return Reason.CONFLICT;
    }
}
