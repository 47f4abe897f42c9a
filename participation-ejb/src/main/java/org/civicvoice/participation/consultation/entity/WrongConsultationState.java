package org.civicvoice.participation.consultation.entity;

import org.civicvoice.participation.shared.BusinessException;

/** The action does not fit the consultation's state (it may have opened or closed meanwhile). */
public class WrongConsultationState extends BusinessException {

    public WrongConsultationState(String state) {
        super("consultation.state.wrong", state);
    }

    @Override
    public Reason reason() {
        return Reason.CONFLICT;
    }
}
