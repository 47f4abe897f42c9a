package org.civicvoice.participation.proposal.entity;

import org.civicvoice.participation.shared.BusinessException;

/** The action does not fit the proposal's current state (someone may have acted first). */
public class WrongProposalState extends BusinessException {

    public WrongProposalState(String state) {
        super("proposal.state.wrong", state);
    }

    @Override
    public Reason reason() {
        return Reason.CONFLICT;
    }
}
