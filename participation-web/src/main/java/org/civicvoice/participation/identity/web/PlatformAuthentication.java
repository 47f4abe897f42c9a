package org.civicvoice.participation.identity.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.civicvoice.participation.identity.boundary.AccessTokens;
import org.civicvoice.participation.identity.boundary.Sessions;
import org.civicvoice.participation.identity.boundary.CallerIdentity;
import org.civicvoice.participation.identity.boundary.EidSignIn;

import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;
import java.io.IOException;
import java.security.Principal;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * How people sign in: with e-mail and password on the platform's own page (checked by the identity store),
 * or through the national eID (OpenID Connect), when a deployment configures one; the session then keeps the
 * caller. Programs send a personal access token as {@code Authorization: Bearer <token>} with every request
 * instead: such a request is authenticated on its own and never creates or joins a session. Pages that need a
 * role send to the sign-in page first.
 */
@ApplicationScoped
public class PlatformAuthentication implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/account/login.xhtml";
    private static final String NEXT = PlatformAuthentication.class.getName() + ".next";
    private static final String BEARER = "Bearer ";
    private static final String GROUPS = PlatformAuthentication.class.getName() + ".groups";
    private static final String GENERATION = PlatformAuthentication.class.getName() + ".generation";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    EidLogin eid;

    @Inject
    EidSignIn eidSignIn;

    @Inject
    AccessTokens accessTokens;

    @Inject
    Sessions sessions;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            return inSession(context, context.notifyContainerAboutLogin(result), sessions);
        }
        if (eid.isCallback(request)) {
            Optional<EidLogin.EidClaims> claims = eid.complete(request);
            if (claims.isPresent()) {
                EidLogin.EidClaims person = claims.get();
                CallerIdentity caller = eidSignIn.signIn(person.subject(), person.email(), person.emailVerified(),
                        person.name());
                request.changeSessionId();
                return inSession(context, context.notifyContainerAboutLogin(caller.accountKey(), caller.groups()),
                        sessions);
            }
        }
        String bearer = bearerToken(request);
        if (bearer != null) {
            Optional<CallerIdentity> caller = accessTokens.authenticate(bearer);
            if (caller.isEmpty()) {
                response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                return context.responseUnauthorized();
            }
            return context.notifyContainerAboutLogin(caller.get().accountKey(), caller.get().groups());
        }
        Principal signedIn = request.getUserPrincipal();
        if (signedIn != null) {
            if (isCurrent(request, signedIn)) {
                return restoreFromSession(request, context, signedIn);
            }
            SignOut.quietly(request);
        }
        if (context.isProtected()) {
            String query = request.getQueryString();
            request.getSession(true).setAttribute(NEXT, request.getRequestURI().substring(request.getContextPath().length())
                    + (query == null ? "" : "?" + query));
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    /** The secret of an {@code Authorization: Bearer} header, or null when the request has none. */
    public static String bearerToken(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        return authorization.substring(BEARER.length()).strip();
    }

    /** A sign-in with password or eID is kept in the session, so the next requests are signed in too. */
    private static AuthenticationStatus inSession(HttpMessageContext context, AuthenticationStatus status,
                                                  Sessions sessions) {
        if (status == AuthenticationStatus.SUCCESS) {
            String caller = context.getCallerPrincipal().getName();
            context.setRegisterSession(caller, context.getGroups());
            HttpSession session = context.getRequest().getSession(true);
            session.setAttribute(GROUPS, new HashSet<>(context.getGroups()));
            session.setAttribute(GENERATION, sessions.generationOf(caller));
        }
        return status;
    }

    /**
     * Whether the session's sign-in still counts: it does until the account's password changes (or the account
     * goes), which moves the account to a new session generation.
     */
    private boolean isCurrent(HttpServletRequest request, Principal principal) {
        HttpSession session = request.getSession(false);
        Object kept = session == null ? null : session.getAttribute(GENERATION);
        return kept instanceof Long generation && generation >= 0
                && generation == sessions.generationOf(principal.getName());
    }

    /** After the caller changed their own password: this session takes the new generation and a new id. */
    public static void keepSession(HttpServletRequest request, long generation) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.setAttribute(GENERATION, generation);
            request.changeSessionId();
        }
    }

    /**
     * The caller the container kept in the session at sign-in, with the groups given at sign-in. The groups are
     * handed over explicitly from the session: relying on the container to find them again from the session's
     * subject refuses a few callers under concurrent load in Payara 6 (403 on role checks; Payara issue 6145).
     */
    private static AuthenticationStatus restoreFromSession(HttpServletRequest request, HttpMessageContext context,
                                                           Principal principal) {
        HttpSession session = request.getSession(false);
        Object groups = session == null ? null : session.getAttribute(GROUPS);
        if (groups instanceof Set<?> kept) {
            Set<String> names = new HashSet<>();
            kept.forEach(group -> names.add(String.valueOf(group)));
            return context.notifyContainerAboutLogin(principal.getName(), names);
        }
        try {
            context.getHandler().handle(new Callback[]{
                    new CallerPrincipalCallback(context.getClientSubject(), principal)});
            return AuthenticationStatus.SUCCESS;
        } catch (IOException | UnsupportedCallbackException e) {
            throw new IllegalStateException("The container did not take the session's caller", e);
        }
    }

    /** Keeps the page to return to after a sign-in that leaves the platform first (the eID), if it is one of its own. */
    static void rememberNext(HttpSession session, String next) {
        SignInReturn.ownPage(next).ifPresent(path -> session.setAttribute(NEXT, path));
    }

    /**
     * Where to go after signing in: the page the sign-in form was asked to return to, else the page that asked
     * for the sign-in, else where the caller's role works (see {@link SignInReturn}); only paths of this
     * application. The remembered page is forgotten once read.
     */
    public static String nextPage(HttpServletRequest request, String asked) {
        HttpSession session = request.getSession(false);
        Object next = session == null ? null : session.getAttribute(NEXT);
        Object groups = session == null ? null : session.getAttribute(GROUPS);
        if (session != null) {
            session.removeAttribute(NEXT);
        }
        Set<String> names = new HashSet<>();
        if (groups instanceof Set<?> kept) {
            kept.forEach(group -> names.add(String.valueOf(group)));
        }
        return SignInReturn.after(asked, next instanceof String path ? path : null, names);
    }
}
