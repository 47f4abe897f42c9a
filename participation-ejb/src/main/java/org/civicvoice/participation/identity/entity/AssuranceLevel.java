package org.civicvoice.participation.identity.entity;

/** How sure the platform is of who an account belongs to; a process may require a minimum level. */
public enum AssuranceLevel {
    NONE, EMAIL_VERIFIED, EID_VERIFIED;

    public boolean atLeast(AssuranceLevel required) {
        return compareTo(required) >= 0;
    }
}
