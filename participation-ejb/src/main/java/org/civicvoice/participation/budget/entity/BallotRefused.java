package org.civicvoice.participation.budget.entity;

import org.civicvoice.participation.shared.BusinessException;

/** A ballot the process's rules refuse: over the heading's money, too many or too few projects, a project not on the ballot. */
public class BallotRefused extends BusinessException {

    public BallotRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public Reason reason() {
        return Reason.REJECTED;
    }
}
