package org.civicvoice.participation.routing.entity;

import org.civicvoice.participation.shared.BusinessException;

/** No routing rule has this number. */
public class UnknownRule extends BusinessException {

    public UnknownRule(long number) {
        super("routing.rule.unknown", number);
    }

    @Override
    public Reason reason() {
        return Reason.NOT_FOUND;
    }
}
