package org.civicvoice.participation.identity.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The caller's IP address for throttling. Behind a reverse proxy, configure the proxy to pass the client's
 * address to Payara (network listener's {@code auth-pass-through}/X-Forwarded-For handling), not here.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        return request == null ? "unknown" : request.getRemoteAddr();
    }
}
