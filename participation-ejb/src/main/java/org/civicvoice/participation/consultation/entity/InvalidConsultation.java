package org.civicvoice.participation.consultation.entity;

import org.civicvoice.participation.shared.BusinessException;

/** A consultation's or a comment's input breaks a rule; the key names which. */
public class InvalidConsultation extends BusinessException {

    public InvalidConsultation(String key, Object... arguments) {
        super(key, arguments);
    }

    @Override
    public Reason reason() {
        return Reason.REJECTED;
    }
}
