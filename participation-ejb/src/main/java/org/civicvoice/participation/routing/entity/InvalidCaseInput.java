package org.civicvoice.participation.routing.entity;

import org.civicvoice.participation.shared.BusinessException;

/** A field of a case action is missing or invalid; the key names the field. */
public class InvalidCaseInput extends BusinessException {

    public InvalidCaseInput(String field) {
        super("case.invalid." + field);
    }

    @Override
    public Reason reason() {
        return Reason.REJECTED;
    }
}
