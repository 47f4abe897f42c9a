package org.civicvoice.participation.budget.entity;

import org.civicvoice.participation.shared.BusinessException;

/** Only an official of the process's body (or a platform administrator) does this. */
public class NotOfficialOfBudgetBody extends BusinessException {

    public NotOfficialOfBudgetBody(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public Reason reason() {
        return Reason.FORBIDDEN;
    }
}
