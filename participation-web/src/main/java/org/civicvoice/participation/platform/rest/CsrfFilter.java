package org.civicvoice.participation.platform.rest;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * CSRF protection of the API: a state-changing call made with a session cookie must carry the session's
 * token in the {@code X-CSRF-Token} header (given by {@code POST /api/session}). A cross-site form cannot
 * set that header. Calls without a session have nothing to forge, and calls with {@code Authorization: Bearer}
 * cannot be forged either (a browser adds no such header by itself); the authentication mechanism answered 401
 * already to every bearer token that is not valid, and a bearer call is authenticated by its token, not by a
 * session cookie it may carry.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 10)
public class CsrfFilter implements ContainerRequestFilter {

    public static final String HEADER = "X-CSRF-Token";
    static final String SESSION_ATTRIBUTE = "participation.csrf";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (SAFE.contains(context.getMethod()) || isBearer(context.getHeaderString("Authorization"))) {
            return;
        }
        HttpSession session = request.getSession(false);
        if (session == null || request.getUserPrincipal() == null) {
            return;
        }
        Object expected = session.getAttribute(SESSION_ATTRIBUTE);
        String given = context.getHeaderString(HEADER);
        if (expected == null || given == null || !MessageDigest.isEqual(
                expected.toString().getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
            context.abortWith(new Problem("about:blank", "Forbidden", 403,
                    "Missing or wrong " + HEADER + " header.").toResponse());
        }
    }

    static boolean isBearer(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    /** The session's token, made on first use. */
    public static String tokenOf(HttpSession session) {
        Object token = session.getAttribute(SESSION_ATTRIBUTE);
        if (token == null) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.setAttribute(SESSION_ATTRIBUTE, token);
        }
        return token.toString();
    }
}
