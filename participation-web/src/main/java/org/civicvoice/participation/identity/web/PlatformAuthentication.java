package org.civicvoice.participation.identity.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.civicvoice.participation.identity.boundary.CallerIdentity;
import org.civicvoice.participation.identity.boundary.EidSignIn;

import java.util.Optional;

/**
 * How people sign in: with e-mail and password on the platform's own page (checked by the identity store),
 * or through the national eID (OpenID Connect), when a deployment configures one. The session keeps the
 * caller; pages that need a role send to the sign-in page first.
 */
@ApplicationScoped
@AutoApplySession
public class PlatformAuthentication implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/account/login.xhtml";
    private static final String NEXT = PlatformAuthentication.class.getName() + ".next";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    EidLogin eid;

    @Inject
    EidSignIn eidSignIn;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return context.notifyContainerAboutLogin(identityStores.validate(credential));
        }
        if (eid.isCallback(request)) {
            Optional<EidLogin.EidClaims> claims = eid.complete(request);
            if (claims.isPresent()) {
                EidLogin.EidClaims person = claims.get();
                CallerIdentity caller = eidSignIn.signIn(person.subject(), person.email(), person.emailVerified(),
                        person.name());
                request.changeSessionId();
                return context.notifyContainerAboutLogin(caller.accountKey(), caller.groups());
            }
        }
        if (context.isProtected() && request.getUserPrincipal() == null) {
            String query = request.getQueryString();
            request.getSession(true).setAttribute(NEXT, request.getRequestURI().substring(request.getContextPath().length())
                    + (query == null ? "" : "?" + query));
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    /**
     * Where to go after signing in: the page that asked for it (only a path of this application), else the
     * account page. Forgotten once read.
     */
    public static String nextPage(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object next = session == null ? null : session.getAttribute(NEXT);
        if (session != null) {
            session.removeAttribute(NEXT);
        }
        if (next instanceof String path && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")) {
            return path;
        }
        return "/account/index.xhtml";
    }
}
