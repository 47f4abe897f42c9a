package org.civicvoice.participation.identity;

import org.civicvoice.participation.testsupport.ApiClient;
import org.civicvoice.participation.testsupport.Deployments;
import org.civicvoice.participation.testsupport.TestAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Personal API access tokens through the real stack: issued once after sign-in, then used by a program that
 * keeps no cookies. A bearer call never gets a session; a wrong, revoked or foreign token gets nowhere.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessTokenIT {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([A-Za-z0-9_-]+)\"");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform();
    }

    @ArquillianResource
    URL base;

    @Test
    void aTokenIssuedAfterSignInWorksFromAClientWithoutCookiesAndNeverOpensASession() {
        ApiClient citizen = signedIn(unique("program"));
        HttpResponse<String> issued = citizen.post("api/accounts/me/tokens", "{\"label\":\"My script\",\"days\":30,\"currentPassword\":\"" + TestAccounts.PASSWORD + "\"}");
        assertEquals(201, issued.statusCode(), issued.body());
        assertTrue(issued.headers().firstValue("Location").orElseThrow().matches(".*/api/accounts/me/tokens/\\d+"));
        assertTrue(issued.body().contains("\"expiresAt\""), issued.body());
        String token = group(TOKEN, issued.body());
        assertEquals(43, token.length(), "32 random bytes in base64url");

        ApiClient program = ApiClient.withBearer(base, token);
        HttpResponse<String> me = program.get("api/accounts/me");
        assertEquals(200, me.statusCode(), me.body());
        assertTrue(me.body().contains("\"accountKey\":\"" + citizen.accountKey() + "\""), me.body());
        assertNoSession(me);

        HttpResponse<String> changed = program.put("api/accounts/me", "{\"displayName\":\"Scripted\",\"language\":\"en\","
                + "\"notifyUpdates\":true,\"notifyNews\":false}");
        assertEquals(200, changed.statusCode(), "a state-changing bearer call needs no CSRF token: " + changed.body());
        assertNoSession(changed);

        String listed = citizen.get("api/accounts/me/tokens").body();
        assertTrue(listed.contains("\"label\":\"My script\""), listed);
        assertFalse(listed.contains(token), "the secret is shown once only");
    }

    @Test
    void aWrongTokenIsRefusedWith401AndABearerChallengeNotARedirect() {
        HttpResponse<String> refused = ApiClient.withBearer(base, "not-a-token-" + UUID.randomUUID())
                .get("api/accounts/me");
        assertEquals(401, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"),
                refused.headers().toString());
        assertNoSession(refused);
        HttpResponse<String> page = ApiClient.withBearer(base, "wrong").get("account/index.xhtml");
        assertEquals(401, page.statusCode(), "a page asked with a bearer token is not sent to the sign-in page");
    }

    @Test
    void aRevokedTokenNoLongerWorks() {
        ApiClient citizen = signedIn(unique("revoker"));
        HttpResponse<String> issued = citizen.post("api/accounts/me/tokens", "{\"label\":\"Short-lived\",\"days\":1,\"currentPassword\":\"" + TestAccounts.PASSWORD + "\"}");
        String token = group(TOKEN, issued.body());
        ApiClient program = ApiClient.withBearer(base, token);
        assertEquals(200, program.get("api/accounts/me").statusCode());

        assertEquals(204, citizen.delete("api/accounts/me/tokens/" + group(ID, issued.body())).statusCode());
        assertEquals(401, program.get("api/accounts/me").statusCode());
        assertFalse(citizen.get("api/accounts/me/tokens").body().contains("Short-lived"));
    }

    @Test
    void oneAccountCannotRevokeAnothersToken() {
        ApiClient owner = signedIn(unique("owner"));
        HttpResponse<String> issued = owner.post("api/accounts/me/tokens", "{\"label\":\"Mine\",\"days\":7,\"currentPassword\":\"" + TestAccounts.PASSWORD + "\"}");
        String id = group(ID, issued.body());
        ApiClient other = signedIn(unique("other"));

        assertEquals(404, other.delete("api/accounts/me/tokens/" + id).statusCode());
        HttpResponse<String> otherToken = other.post("api/accounts/me/tokens", "{\"label\":\"Theirs\",\"days\":7,\"currentPassword\":\"" + TestAccounts.PASSWORD + "\"}");
        assertEquals(404, ApiClient.withBearer(base, group(TOKEN, otherToken.body()))
                .delete("api/accounts/me/tokens/" + id).statusCode(), "not with the other's bearer token either");
        assertEquals(200, ApiClient.withBearer(base, group(TOKEN, issued.body())).get("api/accounts/me").statusCode());
    }

    @Test
    void badRequestsForTokensAreRefused() {
        ApiClient citizen = signedIn(unique("careless"));
        assertEquals(400, citizen.post("api/accounts/me/tokens", "{\"label\":\"\",\"days\":30,\"currentPassword\":\"" + TestAccounts.PASSWORD + "\"}").statusCode());
        assertEquals(400, citizen.post("api/accounts/me/tokens", "{\"label\":\"Forever\",\"days\":5000,\"currentPassword\":\"" + TestAccounts.PASSWORD + "\"}").statusCode());
        assertEquals(400, citizen.post("api/accounts/me/tokens", "{\"label\":\"No days\"}").statusCode());
        HttpResponse<String> anonymous = new ApiClient(base).post("api/accounts/me/tokens",
                "{\"label\":\"Nobody\",\"days\":30}");
        assertTrue(anonymous.statusCode() == 401 || anonymous.statusCode() == 403, anonymous.body());
    }

    private ApiClient signedIn(String email) {
        ApiClient client = new ApiClient(base);
        HttpResponse<String> registered = client.post("api/accounts", "{\"email\":\"" + email + "\",\"password\":\""
                + TestAccounts.PASSWORD + "\",\"displayName\":\"Token Holder\",\"language\":\"en\"}");
        assertEquals(201, registered.statusCode(), registered.body());
        HttpResponse<String> session = client.signIn(email, TestAccounts.PASSWORD);
        assertEquals(200, session.statusCode(), session.body());
        return client;
    }

    private static void assertNoSession(HttpResponse<String> response) {
        assertTrue(response.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                "a bearer call must not create a session: " + response.headers().allValues("Set-Cookie"));
    }

    private static String group(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        assertTrue(matcher.find(), body);
        return matcher.group(1);
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
