package org.civicvoice.participation.identity.entity;

public enum AccountStatus {
    ACTIVE, DISABLED, DELETED
}
