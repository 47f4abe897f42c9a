package org.civicvoice.participation.identity.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import org.civicvoice.participation.shared.Roles;

/** The security roles of the platform; each is the identity store's group of the same name. */
@DeclareRoles({Roles.CITIZEN, Roles.VERIFIED, Roles.OFFICIAL, Roles.BODY_ADMIN, Roles.COMMITTEE_MEMBER,
        Roles.MODERATOR, Roles.PLATFORM_ADMIN})
@ApplicationScoped
public class SecurityConfiguration {
}
