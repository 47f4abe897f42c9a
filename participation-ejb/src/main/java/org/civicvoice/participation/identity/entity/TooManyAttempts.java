package org.civicvoice.participation.identity.entity;

import org.civicvoice.participation.shared.BusinessException;

/** Too many attempts from this address or for this account; try again later. */
public class TooManyAttempts extends BusinessException {

    public TooManyAttempts(long minutes) {
        super("identity.throttled", minutes);
    }

    @Override
    public Reason reason() {
        return Reason.THROTTLED;
    }
}
