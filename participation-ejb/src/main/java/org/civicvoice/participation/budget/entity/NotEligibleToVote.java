package org.civicvoice.participation.budget.entity;

import org.civicvoice.participation.shared.BusinessException;

/** The voter does not meet the process's identity level or lives outside the heading's region. */
public class NotEligibleToVote extends BusinessException {

    public NotEligibleToVote(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public Reason reason() {
        return Reason.FORBIDDEN;
    }
}
