package org.civicvoice.participation.consultation.entity;

import org.civicvoice.participation.shared.BusinessException;

/** The person supports this comment already (the unique key said so). */
public class AlreadySupported extends BusinessException {

    public AlreadySupported() {
        super("consultation.comment.supportedAlready");
    }

    @Override
    public Reason reason() {
        return Reason.CONFLICT;
    }
}
