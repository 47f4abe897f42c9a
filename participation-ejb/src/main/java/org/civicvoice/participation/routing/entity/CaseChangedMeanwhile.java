package org.civicvoice.participation.routing.entity;

import org.civicvoice.participation.shared.BusinessException;

/** Someone else changed the answer since the caller loaded it: nothing is overwritten. */
public class CaseChangedMeanwhile extends BusinessException {

    public CaseChangedMeanwhile() {
        super("case.changedMeanwhile");
    }

    @Override
    public Reason reason() {
        return Reason.CONFLICT;
    }
}
