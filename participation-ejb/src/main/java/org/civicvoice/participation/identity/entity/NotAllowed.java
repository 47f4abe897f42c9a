package org.civicvoice.participation.identity.entity;

import org.civicvoice.participation.shared.BusinessException;

/** The caller may not act on this item (for example an item of another body). */
public class NotAllowed extends BusinessException {

    public NotAllowed() {
        super("identity.forbidden");
    }

    @Override
    public Reason reason() {
        return Reason.FORBIDDEN;
    }
}
