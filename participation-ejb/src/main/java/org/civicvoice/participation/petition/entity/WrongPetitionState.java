package org.civicvoice.participation.petition.entity;

import org.civicvoice.participation.shared.BusinessException;

/** The action does not fit the petition's current state (someone may have acted first). */
public class WrongPetitionState extends BusinessException {

    public WrongPetitionState(String state) {
        super("petition.state.wrong", state);
    }

    @Override
    public Reason reason() {
        return Reason.CONFLICT;
    }
}
