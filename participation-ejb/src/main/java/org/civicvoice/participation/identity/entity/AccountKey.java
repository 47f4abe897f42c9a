package org.civicvoice.participation.identity.entity;

import java.util.UUID;

/** The public, stable identifier of an account (its e-mail may change); the caller principal's name. */
public record AccountKey(String value) {

    public AccountKey {
        try {
            value = UUID.fromString(value).toString();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("Not an account key: " + value);
        }
    }

    public static AccountKey random() {
        return new AccountKey(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
