package org.civicvoice.participation.identity.entity;

import org.civicvoice.participation.shared.BusinessException;

/** The caller has no access token with this id (another person's token is not even said to exist). */
public class UnknownAccessToken extends BusinessException {

    public UnknownAccessToken() {
        super("identity.accessToken.unknown");
    }

    @Override
    public Reason reason() {
        return Reason.NOT_FOUND;
    }
}
