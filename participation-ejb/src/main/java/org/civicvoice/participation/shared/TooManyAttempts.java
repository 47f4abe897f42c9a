package org.civicvoice.participation.shared;


/** Too many attempts from this address, mail domain or account; try again later (in minutes). */
public class TooManyAttempts extends BusinessException {

    private final long minutes;

    public TooManyAttempts(long minutes) {
        super("identity.throttled", minutes);
        this.minutes = minutes;
    }

    /** How long to wait before the next attempt can succeed, rounded up to whole minutes. */
    public long minutes() {
        return minutes;
    }

    @Override
    public Reason reason() {
        return Reason.THROTTLED;
    }
}
