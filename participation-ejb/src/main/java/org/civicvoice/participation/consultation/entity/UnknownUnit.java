package org.civicvoice.participation.consultation.entity;

import org.civicvoice.participation.shared.BusinessException;

/** No such unit in the consultation's published text. */
public class UnknownUnit extends BusinessException {

    public UnknownUnit(String unit) {
        super("consultation.unit.unknown", unit);
    }

    @Override
    public Reason reason() {
        return Reason.NOT_FOUND;
    }
}
