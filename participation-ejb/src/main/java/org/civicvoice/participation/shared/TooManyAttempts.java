package org.civicvoice.participation.shared;


/** Too many attempts from this address, mail domain or account; try again later (in minutes). */
public class TooManyAttempts extends BusinessException {

    public TooManyAttempts(long minutes) {
        super("identity.throttled", minutes);
    }

    @Override
    public Reason reason() {
        return Reason.THROTTLED;
    }
}
