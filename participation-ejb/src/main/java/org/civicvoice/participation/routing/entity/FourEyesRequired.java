package org.civicvoice.participation.routing.entity;

import org.civicvoice.participation.shared.BusinessException;

/** An answer is published only by a second official, not by the one who wrote or submitted it. */
public class FourEyesRequired extends BusinessException {

    public FourEyesRequired() {
        super("case.fourEyes");
    }

    @Override
    public Reason reason() {
        return Reason.REJECTED;
    }
}
