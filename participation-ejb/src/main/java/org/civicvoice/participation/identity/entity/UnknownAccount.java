package org.civicvoice.participation.identity.entity;

import org.civicvoice.participation.shared.BusinessException;

/** No active account has this key. */
public class UnknownAccount extends BusinessException {

    public UnknownAccount(String key) {
        super("identity.account.unknown", key);
    }

    @Override
    public Reason reason() {
        return Reason.NOT_FOUND;
    }
}
