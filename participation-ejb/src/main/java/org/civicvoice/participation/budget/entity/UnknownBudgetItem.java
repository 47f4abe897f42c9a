package org.civicvoice.participation.budget.entity;

import org.civicvoice.participation.shared.BusinessException;

/** A budget process, heading, project or milestone that does not exist (or is not public). */
public class UnknownBudgetItem extends BusinessException {

    public UnknownBudgetItem(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public Reason reason() {
        return Reason.NOT_FOUND;
    }
}
