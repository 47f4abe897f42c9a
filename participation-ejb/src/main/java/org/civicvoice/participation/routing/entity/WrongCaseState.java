package org.civicvoice.participation.routing.entity;

import org.civicvoice.participation.shared.BusinessException;

/** The action does not fit the case's current state (someone may have acted first). */
public class WrongCaseState extends BusinessException {

    public WrongCaseState(String state) {
        super("case.state.wrong", state);
    }

    @Override
    public Reason reason() {
        return Reason.CONFLICT;
    }
}
