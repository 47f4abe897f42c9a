package org.civicvoice.participation.consultation.entity;

import org.civicvoice.participation.shared.BusinessException;

/** No consultation with this number, or not one the caller may read. */
public class UnknownConsultation extends BusinessException {

    public UnknownConsultation(String number) {
        super("consultation.unknown", number);
    }

    @Override
    public Reason reason() {
        return Reason.NOT_FOUND;
    }
}
