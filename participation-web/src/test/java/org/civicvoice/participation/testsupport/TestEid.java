package org.civicvoice.participation.testsupport;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

/**
 * A real OpenID Connect provider (mock-oauth2-server) standing in for the national eID: discovery, keys,
 * authorization and token endpoints, signed ID tokens. Tests say who the next person signing in is.
 */
public final class TestEid {

    public static final String ISSUER_ID = "eid";
    public static final String CLIENT_ID = "participation";

    private static MockOAuth2Server server;

    private TestEid() {
    }

    public static synchronized void start() {
        if (server == null) {
            server = new MockOAuth2Server();
            try {
                server.start(InetAddress.getByName("127.0.0.1"), Integer.parseInt(System.getProperty("it.eid.port", "3480")));
            } catch (UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public static synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server = null;
        }
    }

    /** The next sign-in at the eID is this person. */
    public static synchronized void nextPerson(String subject, String email, boolean emailVerified, String name) {
        server.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of(CLIENT_ID),
                Map.of("email", email, "email_verified", emailVerified, "name", name), 3600));
    }
}
