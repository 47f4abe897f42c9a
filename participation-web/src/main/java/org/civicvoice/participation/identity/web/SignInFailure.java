package org.civicvoice.participation.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import org.civicvoice.participation.shared.BusinessException;

/**
 * Carries a refusal of sign-in (too many attempts) from the identity store, whose result can only say
 * "invalid", to the page or resource that asked for the sign-in.
 */
public final class SignInFailure {

    static final String ATTRIBUTE = SignInFailure.class.getName();

    private SignInFailure() {
    }

    static void remember(HttpServletRequest request, BusinessException refusal) {
        request.setAttribute(ATTRIBUTE, refusal);
    }

    /** The refusal of this request's sign-in, if there was one. */
    public static BusinessException of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof BusinessException refusal ? refusal : null;
    }
}
