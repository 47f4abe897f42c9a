package org.civicvoice.participation.budget.entity;

import org.civicvoice.participation.shared.BusinessException;

/** The citizen already supports the project: the unique key (project, account) refused a second row. */
public class AlreadySupportedProject extends BusinessException {

    public AlreadySupportedProject(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public Reason reason() {
        return Reason.CONFLICT;
    }
}
