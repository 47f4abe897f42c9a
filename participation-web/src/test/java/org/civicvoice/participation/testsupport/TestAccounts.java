package org.civicvoice.participation.testsupport;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Accounts that several test classes share, made once per test run through the real invitation mail. */
public final class TestAccounts {

    public static final String ADMIN_EMAIL = "admin@test.example";
    public static final String PASSWORD = "correct horse battery";

    private static boolean administratorReady;

    private TestAccounts() {
    }

    /** The first platform administrator (PARTICIPATION_ADMIN_EMAIL of the tests), signed in. */
    public static synchronized ApiClient platformAdministrator(URL base) {
        if (!administratorReady) {
            String invitation = TestMail.awaitMail(ADMIN_EMAIL, "Administer", 0, Duration.ofSeconds(60));
            HttpResponse<String> accepted = new ApiClient(base).post("api/invitations/acceptance", "{\"token\":\""
                    + TestMail.tokenIn(invitation) + "\",\"password\":\"" + PASSWORD
                    + "\",\"displayName\":\"Platform Administrator\"}");
            if (accepted.statusCode() != 204) {
                throw new AssertionError("the administrator invitation was not accepted: " + accepted.body());
            }
            administratorReady = true;
        }
        ApiClient administrator = new ApiClient(base);
        HttpResponse<String> session = administrator.signIn(ADMIN_EMAIL, PASSWORD);
        if (session.statusCode() != 200) {
            throw new AssertionError("the administrator cannot sign in: " + session.body());
        }
        return administrator;
    }
}
