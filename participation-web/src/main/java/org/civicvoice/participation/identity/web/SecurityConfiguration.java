package org.civicvoice.participation.identity.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import org.civicvoice.participation.shared.Roles;

/** Sign-in through the platform's own page; pages and API calls that need a role send there first. */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/account/login.xhtml", errorPage = "",
                useForwardToLogin = false))
@DeclareRoles({Roles.CITIZEN, Roles.VERIFIED, Roles.OFFICIAL, Roles.BODY_ADMIN, Roles.COMMITTEE_MEMBER,
        Roles.MODERATOR, Roles.PLATFORM_ADMIN})
@ApplicationScoped
public class SecurityConfiguration {
}
