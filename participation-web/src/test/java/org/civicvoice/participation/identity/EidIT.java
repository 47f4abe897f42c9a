package org.civicvoice.participation.identity;

import org.civicvoice.participation.testsupport.ApiClient;
import org.civicvoice.participation.testsupport.Deployments;
import org.civicvoice.participation.testsupport.TestEid;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sign-in through the national eID, an OpenID Connect provider running beside the platform under test. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EidIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform();
    }

    /** The platform's public address (PARTICIPATION_BASE_URL), which the eID sends people back to. */
    private final String base = "http://localhost:" + System.getProperty("it.http.port") + "/participation/";

    @Test
    void aPersonSignsInWithTheEidAndTheirAccountIsEidVerified() throws Exception {
        String subject = "eid-" + UUID.randomUUID();
        String email = "eid-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Browserless person = new Browserless();

        TestEid.nextPerson(subject, email, true, "Chanthou Eid");
        HttpResponse<String> landed = person.get(base + "account/eid/start");
        assertEquals(200, landed.statusCode(), landed.body());
        assertTrue(landed.uri().getPath().endsWith("/account/index.xhtml"), landed.uri().toString());
        assertTrue(landed.body().contains("Verified with the national eID"), landed.body());
        String me = person.get(base + "api/accounts/me").body();
        assertTrue(me.contains("\"assurance\":\"EID_VERIFIED\""), me);
        assertTrue(me.contains("\"emailVerified\":true"), me);
        String key = me.replaceAll("(?s).*\"accountKey\":\"([^\"]+)\".*", "$1");

        Browserless again = new Browserless();
        TestEid.nextPerson(subject, email, true, "Chanthou Eid");
        again.get(base + "account/eid/start");
        assertTrue(again.get(base + "api/accounts/me").body().contains(key), "the same person, the same account");
    }

    @Test
    void anEidSignInReturnsToThePlatformPageItWasAskedForAndNeverToAnotherSite() throws Exception {
        String subject = "eid-" + UUID.randomUUID();
        String email = "eid-next-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Browserless person = new Browserless();
        HttpResponse<String> list = person.get(base + "petition/index.xhtml?sort=newest");
        assertTrue(list.body().contains("account/login.xhtml?next=/petition/index.xhtml%3Fsort%3Dnewest"),
                "the header's sign-in link comes back to the page: " + list.body());
        assertFalse(person.get(base + "x//evil.example/y.xhtml").body().contains("next=/x//evil"),
                "an error page's sign-in link names no page");
        HttpResponse<String> login = person.get(base + "account/login.xhtml?next=/petition/index.xhtml%3Fsort%3Dnewest");
        assertTrue(login.body().contains("account/eid/start?next=/petition/index.xhtml%3Fsort%3Dnewest"), login.body());
        TestEid.nextPerson(subject, email, true, "Sokha Eid");
        HttpResponse<String> landed = person.get(base + "account/eid/start?next=/petition/index.xhtml%3Fsort%3Dnewest");
        assertEquals(200, landed.statusCode(), landed.body());
        assertTrue(landed.uri().getPath().endsWith("/petition/index.xhtml"), landed.uri().toString());
        assertEquals("sort=newest", landed.uri().getQuery(), landed.uri().toString());

        Browserless phished = new Browserless();
        TestEid.nextPerson(subject, email, true, "Sokha Eid");
        HttpResponse<String> home = phished.get(base + "account/eid/start?next=//evil.example/x");
        assertTrue(home.uri().getPath().endsWith("/account/index.xhtml"), home.uri().toString());
    }

    @Test
    void anExistingAccountWithTheSameVerifiedEmailIsLinkedNotDuplicated() throws Exception {
        String email = "linked-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        ApiClient registered = new ApiClient(url(base));
        assertEquals(201, registered.post("api/accounts", "{\"email\":\"" + email
                + "\",\"password\":\"correct horse battery\",\"displayName\":\"Linked\",\"language\":\"en\"}").statusCode());

        Browserless person = new Browserless();
        TestEid.nextPerson("eid-" + UUID.randomUUID(), email, true, "Linked Person");
        person.get(base + "account/eid/start");
        String viaEid = person.get(base + "api/accounts/me").body();

        ApiClient viaPassword = new ApiClient(url(base));
        assertEquals(200, viaPassword.signIn(email, "correct horse battery").statusCode());
        String me = viaPassword.get("api/accounts/me").body();
        assertTrue(me.contains("\"assurance\":\"EID_VERIFIED\""), me);
        assertEquals(viaEid.replaceAll("(?s).*\"accountKey\":\"([^\"]+)\".*", "$1"), viaPassword.accountKey());
    }

    @Test
    void aCallbackWithAForgedStateSignsNobodyIn() throws Exception {
        Browserless person = new Browserless();
        HttpResponse<String> forged = person.get(base + "account/eid/callback?code=stolen&state=forged");
        assertTrue(forged.uri().toString().contains("account/login.xhtml?eid=failed"), forged.uri().toString());
        assertTrue(forged.body().contains("did not succeed"), forged.body());
        assertEquals(401, person.get(base + "api/accounts/me").statusCode());
    }

    private static URL url(String address) throws java.net.MalformedURLException {
        return URI.create(address).toURL();
    }

    /** An HTTP client that follows redirects and keeps cookies, as a browser does. */
    private static final class Browserless {

        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.ALWAYS).connectTimeout(Duration.ofSeconds(5)).build();

        HttpResponse<String> get(String uri) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(URI.create(uri)).header("Accept", "text/html,application/json")
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
