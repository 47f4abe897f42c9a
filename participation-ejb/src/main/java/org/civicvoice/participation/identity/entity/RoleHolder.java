package org.civicvoice.participation.identity.entity;

/** A person holding a platform role, as the administrators' roles page lists them. */
public record RoleHolder(String accountKey, String displayName, String email, PlatformRole role) {
}
