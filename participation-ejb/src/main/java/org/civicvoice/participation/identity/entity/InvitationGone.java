package org.civicvoice.participation.identity.entity;

import org.civicvoice.participation.shared.BusinessException;

/** The invitation was accepted, cancelled or has expired meanwhile: nothing to resend or cancel. */
public class InvitationGone extends BusinessException {

    public InvitationGone() {
        super("identity.invitation.gone");
    }

    @Override
    public Reason reason() {
        return Reason.CONFLICT;
    }
}
