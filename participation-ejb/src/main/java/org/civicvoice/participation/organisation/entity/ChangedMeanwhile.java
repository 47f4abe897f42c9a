package org.civicvoice.participation.organisation.entity;

import org.civicvoice.participation.shared.BusinessException;

/** Someone else saved the item since it was opened; nothing was overwritten. */
public class ChangedMeanwhile extends BusinessException {

    public ChangedMeanwhile() {
        super("organisation.changedMeanwhile");
    }

    @Override
    public Reason reason() {
        return Reason.CONFLICT;
    }
}
