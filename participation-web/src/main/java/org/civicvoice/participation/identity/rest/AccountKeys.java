package org.civicvoice.participation.identity.rest;

import jakarta.ws.rs.BadRequestException;
import org.civicvoice.participation.identity.entity.AccountKey;

/** Account keys from paths, refused with 400 when malformed. */
final class AccountKeys {

    private AccountKeys() {
    }

    static AccountKey parse(String text) {
        try {
            return new AccountKey(text);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("not an account key");
        }
    }
}
