package org.civicvoice.participation.budget.entity;

import org.civicvoice.participation.shared.BusinessException;

/** Input a budget step refuses: a bundle key names the field and the rule. */
public class InvalidBudgetInput extends BusinessException {

    public InvalidBudgetInput(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public Reason reason() {
        return Reason.REJECTED;
    }
}
