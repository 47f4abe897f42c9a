package org.civicvoice.participation.identity.boundary;

import org.civicvoice.participation.identity.entity.AccessToken;

/** A token just issued, with its secret: the only moment the secret is known to anyone but its owner. */
public record IssuedAccessToken(AccessToken token, String secret) {
}
