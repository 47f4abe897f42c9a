package org.civicvoice.participation.identity.entity;

import org.civicvoice.participation.shared.BusinessException;

/** An account holds at most a few valid access tokens; old ones must be revoked first. */
public class TooManyAccessTokens extends BusinessException {

    public TooManyAccessTokens(int limit) {
        super("identity.accessToken.tooMany", limit);
    }

    @Override
    public Reason reason() {
        return Reason.CONFLICT;
    }
}
