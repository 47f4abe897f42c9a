package org.civicvoice.participation.routing.entity;

import org.civicvoice.participation.shared.BusinessException;

/** No case has this number, or the caller may not see it. */
public class UnknownCase extends BusinessException {

    public UnknownCase(String number) {
        super("case.unknown", number);
    }

    @Override
    public Reason reason() {
        return Reason.NOT_FOUND;
    }
}
