package org.civicvoice.participation.budget.entity;

import org.civicvoice.participation.shared.BusinessException;

/** The process is not in the phase this step needs (proposals, review, voting, results). */
public class WrongBudgetPhase extends BusinessException {

    public WrongBudgetPhase(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public Reason reason() {
        return Reason.CONFLICT;
    }
}
