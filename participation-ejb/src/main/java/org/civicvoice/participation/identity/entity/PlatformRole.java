package org.civicvoice.participation.identity.entity;

/** Roles that hold across the whole platform (the roles within a body are {@link BodyRole}). */
public enum PlatformRole {
    MODERATOR, PLATFORM_ADMIN
}
