package org.civicvoice.participation.identity.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** Ends a person's sign-in: the caller is forgotten and the session with everything in it discarded. */
public final class SignOut {

    private SignOut() {
    }

    /** Ends a sign-in that no longer counts, in the middle of authenticating a request. */
    static void quietly(HttpServletRequest request) {
        try {
            of(request);
        } catch (ServletException | IllegalStateException e) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
    }

    public static void of(HttpServletRequest request) throws ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
