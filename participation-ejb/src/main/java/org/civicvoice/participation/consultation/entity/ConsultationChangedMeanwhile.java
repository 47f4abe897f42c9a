package org.civicvoice.participation.consultation.entity;

import org.civicvoice.participation.shared.BusinessException;

/** Someone else changed the consultation since it was read; the stale edit is refused. */
public class ConsultationChangedMeanwhile extends BusinessException {

    public ConsultationChangedMeanwhile() {
        super("consultation.changedMeanwhile");
    }

    @Override
    public Reason reason() {
        return Reason.CONFLICT;
    }
}
