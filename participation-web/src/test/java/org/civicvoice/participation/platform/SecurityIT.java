package org.civicvoice.participation.platform;

import org.civicvoice.participation.testsupport.ApiClient;
import org.civicvoice.participation.testsupport.Deployments;
import org.civicvoice.participation.testsupport.TestAccounts;
import org.civicvoice.participation.testsupport.TestMail;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The account and HTTP protections, tried from outside as an attacker would: sessions and tokens that end with
 * the password, reset links that retire each other, throttles that hold a stranger back but let the owner in,
 * answers that tell nothing about which addresses have accounts, cross-site posts, cookies and headers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

    private static final Duration MAIL_WAIT = Duration.ofSeconds(30);
    private static final String PASSWORD = TestAccounts.PASSWORD;
    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");
    private static final HttpClient PLAIN = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform();
    }

    @ArquillianResource
    URL base;

    @Test
    void aPasswordChangeEndsTheOtherSessionsRevokesTheTokensAndSaysSoByMail() {
        String email = unique("changer");
        ApiClient here = signedIn(email);
        ApiClient elsewhere = new ApiClient(base);
        assertEquals(200, elsewhere.signIn(email, PASSWORD).statusCode());
        String token = issuedToken(here, 30);
        ApiClient program = ApiClient.withBearer(base, token);
        assertEquals(200, program.get("api/accounts/me").statusCode());

        String newPassword = "a different passphrase";
        HttpResponse<String> changed = here.post("api/accounts/me/password",
                "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"" + newPassword + "\"}");
        assertEquals(204, changed.statusCode(), changed.body());
        assertEquals(200, here.get("api/accounts/me").statusCode(), "the session that changed it stays");
        assertEquals(401, elsewhere.get("api/accounts/me").statusCode(), "every other session ends");
        assertEquals(401, program.get("api/accounts/me").statusCode(), "the access tokens are revoked");
        String mail = TestMail.awaitMail(email, "password was changed", 0, MAIL_WAIT);
        assertTrue(mail.contains("signed out") && mail.contains("revoked"), mail);
    }

    @Test
    void aPasswordResetEndsEverySessionOfTheAccount() {
        String email = unique("resetter");
        ApiClient session = signedIn(email);
        assertEquals(202, new ApiClient(base).post("api/accounts/password-resets", "{\"email\":\"" + email + "\"}")
                .statusCode());
        String link = TestMail.tokenIn(TestMail.awaitMail(email, "new password", 0, MAIL_WAIT));
        assertEquals(204, resetWith(link, "the reset passphrase").statusCode());
        assertEquals(401, session.get("api/accounts/me").statusCode());
        TestMail.awaitMail(email, "password was changed", 0, MAIL_WAIT);
    }

    @Test
    void aNewerOrUsedResetLinkAndASignInWithThePasswordRetireTheOlderLinks() {
        String email = unique("twolinks");
        signedIn(email);
        String older = requestResetLink(email, 0);
        String newer = requestResetLink(email, 1);
        assertEquals(400, resetWith(older, "an older passphrase").statusCode(), "a newer link retires the older");
        assertEquals(204, resetWith(newer, "the newest passphrase").statusCode());
        assertEquals(400, resetWith(newer, "once more passphrase").statusCode(), "a link works once");

        String unused = requestResetLink(email, 2);
        assertEquals(200, new ApiClient(base).signIn(email, "the newest passphrase").statusCode());
        assertEquals(400, resetWith(unused, "after sign-in passphrase").statusCode(),
                "signing in with the password retires the open links");
    }

    @Test
    void aTokenNeedsThePasswordAndCannotIssueOneThatOutlivesIt() {
        String email = unique("programmer");
        ApiClient citizen = signedIn(email);
        HttpResponse<String> withoutPassword = citizen.post("api/accounts/me/tokens", "{\"label\":\"x\",\"days\":7}");
        assertEquals(400, withoutPassword.statusCode(), withoutPassword.body());
        ApiClient program = ApiClient.withBearer(base, issuedToken(citizen, 1));
        HttpResponse<String> longer = program.post("api/accounts/me/tokens",
                "{\"label\":\"Longer\",\"days\":365,\"currentPassword\":\"" + PASSWORD + "\"}");
        assertEquals(400, longer.statusCode(), longer.body());
        assertEquals(1, countOf("\"label\"", citizen.get("api/accounts/me/tokens").body()), "no second token");
    }

    @Test
    void theCurrentPasswordCheckIsThrottledLikeSignInAlsoWithABearerToken() {
        String email = unique("deleter");
        ApiClient citizen = signedIn(email);
        ApiClient program = ApiClient.withBearer(base, issuedToken(citizen, 7));
        for (int i = 0; i < 5; i++) {
            assertEquals(400, program.post("api/accounts/me/deletion", "{\"password\":\"guess " + i + "\"}")
                    .statusCode());
        }
        HttpResponse<String> throttled = program.post("api/accounts/me/deletion", "{\"password\":\"" + PASSWORD + "\"}");
        assertEquals(429, throttled.statusCode(), throttled.body());
        assertEquals(200, citizen.get("api/accounts/me").statusCode(), "the account is still there");
    }

    @Test
    void aStrangerGuessingFromOneAddressCannotLockTheOwnerOutFromAnother() throws IOException {
        String email = unique("official");
        signedIn(email);
        for (int i = 0; i < 5; i++) {
            assertEquals(401, new ApiClient(base).signIn(email, "guess number " + i).statusCode());
        }
        assertEquals(429, new ApiClient(base).signIn(email, PASSWORD).statusCode(), "the guessing address waits");
        RawResponse owner = rawFrom("127.0.0.2", "POST", "api/session", Map.of("Content-Type", "application/json"),
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
        assertEquals(200, owner.status(), owner.text());
    }

    @Test
    void aPasswordResetAnswersAlikeAndAsFastForKnownAndUnknownAddresses() {
        String known = unique("known");
        signedIn(known);
        List<Long> knownTimes = new ArrayList<>();
        List<Long> unknownTimes = new ArrayList<>();
        String knownBody = null;
        String unknownBody = null;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            HttpResponse<String> a = new ApiClient(base).post("api/accounts/password-resets",
                    "{\"email\":\"" + known + "\"}");
            knownTimes.add(System.nanoTime() - start);
            start = System.nanoTime();
            HttpResponse<String> b = new ApiClient(base).post("api/accounts/password-resets",
                    "{\"email\":\"" + unique("nobody") + "\"}");
            unknownTimes.add(System.nanoTime() - start);
            assertEquals(202, a.statusCode());
            assertEquals(202, b.statusCode());
            knownBody = a.body();
            unknownBody = b.body();
        }
        assertEquals(knownBody, unknownBody);
        long difference = Math.abs(median(knownTimes) - median(unknownTimes));
        assertTrue(difference < Duration.ofMillis(100).toNanos(), "medians differ by " + difference / 1_000_000 + " ms");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        HttpResponse<String> signIn = signInPlain(unique("cookie"));
        String cookie = sessionCookieHeader(signIn);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
    }

    @Test
    void aCrossSiteFormPostSignsNobodyOut() throws Exception {
        HttpResponse<String> signIn = signInPlain(unique("victim"));
        String session = sessionCookieHeader(signIn).split(";")[0];
        HttpResponse<String> forged = PLAIN.send(HttpRequest.newBuilder(URI.create(base + "account/login.xhtml"))
                .header("Cookie", session).header("Origin", "https://evil.example")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("signOut=signOut&signOut%3Aj_idt1=Sign+out"
                        + "&jakarta.faces.ViewState=stateless")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, forged.statusCode());
        assertPagePolicy("the 403 page of a cross-site post", forged);
        HttpResponse<String> still = PLAIN.send(HttpRequest.newBuilder(URI.create(base + "api/session"))
                .header("Cookie", session).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, still.statusCode(), "still signed in: " + still.body());
    }

    @Test
    void aForgedViewStateAnswers400WithTheExpiredPageAndAnAjaxOneNamesNoException() throws Exception {
        String origin = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        HttpResponse<String> forged = PLAIN.send(HttpRequest.newBuilder(URI.create(base + "account/login.xhtml"))
                .header("Origin", origin).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("login=login&login%3Aemail=a%40b.example"
                        + "&jakarta.faces.ViewState=-123%3A456")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, forged.statusCode(), forged.body());
        assertTrue(forged.body().contains("The page has expired"), forged.body());
        assertPagePolicy("the 400 page of a forged view state", forged);
        HttpResponse<String> ajax = PLAIN.send(HttpRequest.newBuilder(URI.create(base + "account/login.xhtml"))
                .header("Origin", origin).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString("login=login&jakarta.faces.partial.ajax=true"
                        + "&jakarta.faces.source=login%3Asubmit&jakarta.faces.partial.execute=%40all"
                        + "&jakarta.faces.ViewState=-123%3A456")).build(), HttpResponse.BodyHandlers.ofString());
        assertFalse(ajax.body().contains("Exception"), ajax.body());
        assertTrue(ajax.body().contains("error/expired.xhtml"), "the ajax answer redirects: " + ajax.body());
    }

    @Test
    void anActionRefusedForLackOfRightsAnswers403WithTheNotAllowedPage() throws Exception {
        String session = sessionCookieHeader(signInPlain(unique("unverified"))).split(";")[0];
        HttpResponse<String> form = PLAIN.send(HttpRequest.newBuilder(URI.create(base + "proposal/new.xhtml?lang=en"))
                .header("Cookie", session).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, form.statusCode(), "a citizen whose address is not confirmed sees the form: " + form.body());
        String origin = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        String fields = "proposal=proposal&proposal%3Atitle=" + encoded("Benches in every park")
                + "&proposal%3Akind=ADMINISTRATIVE_ACTION&proposal%3Achange=" + encoded("Put benches in every park.")
                + "&proposal%3Areason=" + encoded("People need somewhere to rest.")
                + "&proposal%3Atopic=health&proposal%3Abody=ministry-of-health&proposal%3Asubmit=Submit"
                + "&jakarta.faces.ViewState=" + encoded(hidden(form.body(), "jakarta.faces.ViewState"))
                + "&primefaces.nonce=" + encoded(hidden(form.body(), "primefaces.nonce"));
        HttpResponse<String> refused = PLAIN.send(HttpRequest.newBuilder(URI.create(base + "proposal/new.xhtml?lang=en"))
                .header("Cookie", session).header("Origin", origin)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, refused.statusCode(), "only verified citizens submit proposals: " + refused.body());
        assertTrue(refused.body().contains("Not allowed"), refused.body());
        String shown = refused.body().replaceAll("(?s)<script.*?</script>", "");
        assertFalse(shown.contains("Exception"), "the page names no exception: " + shown);
        assertPagePolicy("the 403 page of a refused action", refused);
    }

    private static String hidden(String page, String name) {
        Matcher field = Pattern.compile("name=\"" + Pattern.quote(name) + "\"[^>]*?value=\"([^\"]*)\"").matcher(page);
        assertTrue(field.find(), "no field " + name + " in " + page);
        return field.group(1).replace("&#58;", ":").replace("&amp;", "&");
    }

    private static String encoded(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void pagesAndApiAnswersCarryTheSecurityHeaders() throws Exception {
        ApiClient citizen = signedIn(unique("headers"));
        String session = sessionCookieHeader(signInPlain(unique("headers-page"))).split(";")[0];
        record Case(String path, boolean personal, boolean secret, String cookie) {
        }
        List<Case> cases = List.of(
                new Case("", false, false, null),
                new Case("petition/index.xhtml", false, false, null),
                new Case("proposal/index.xhtml", false, false, null),
                new Case("transparency.xhtml", false, false, null),
                new Case("account/login.xhtml", true, false, null),
                new Case("account/register.xhtml", true, false, null),
                new Case("account/reset.xhtml?token=abc", true, true, null),
                new Case("account/verify.xhtml?token=abc", true, true, null),
                new Case("account/invitation.xhtml?token=abc", true, true, null),
                new Case("petition/withdraw.xhtml?token=abc", true, true, null),
                new Case("petition/sponsor.xhtml?code=abc", true, true, null),
                new Case("account/index.xhtml", true, false, session),
                new Case("petition/index.xhtml", true, false, session),
                new Case("api/bodies", false, false, null),
                new Case("api/petitions", false, false, null),
                new Case("api/session", true, false, session),
                new Case("api/accounts/me", true, false, session),
                new Case("no-such-page.xhtml", false, false, null),
                new Case("no-such-file.css", false, false, null));
        for (Case c : cases) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + c.path())).GET();
            if (c.cookie() != null) {
                request.header("Cookie", c.cookie());
            }
            HttpResponse<String> answer = PLAIN.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String where = c.path() + " (" + answer.statusCode() + ")";
            List<String> policies = answer.headers().allValues("Content-Security-Policy");
            assertEquals(1, policies.size(), where + ": one policy, not two");
            for (String directive : List.of("default-src 'self'", "object-src 'none'", "base-uri 'self'",
                    "form-action 'self'", "frame-ancestors 'none'")) {
                assertTrue(policies.get(0).contains(directive), where + ": " + directive);
            }
            String scripts = scriptSources(policies.get(0));
            assertTrue(scripts.startsWith("script-src 'self'"), where + ": " + policies.get(0));
            assertFalse(scripts.contains("'unsafe-inline'"), where + ": " + policies.get(0));
            if (answer.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                assertPagePolicy(where, answer);
            }
            assertEquals("DENY", answer.headers().firstValue("X-Frame-Options").orElse(""), where);
            assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""), where);
            assertTrue(answer.headers().firstValue("Permissions-Policy").isPresent(), where);
            assertEquals(c.secret() ? "no-referrer" : "strict-origin-when-cross-origin",
                    answer.headers().firstValue("Referrer-Policy").orElse(""), where);
            if (c.personal()) {
                assertTrue(answer.headers().firstValue("Cache-Control").orElse("").contains("no-store"), where);
            }
        }
        HttpResponse<String> bearer = ApiClient.withBearer(base, issuedToken(citizen, 7)).get("api/accounts/me");
        assertTrue(bearer.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
        assertTrue(bearer.headers().firstValue("Content-Security-Policy").isPresent());
    }

    @Test
    void eachPageHasANonceOfItsOwnThatItsInlineScriptsAndFormsCarry() throws Exception {
        List<String> nonces = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> page = PLAIN.send(HttpRequest.newBuilder(URI.create(base + "account/login.xhtml"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            String nonce = assertPagePolicy("the sign-in page", page);
            Matcher script = Pattern.compile("<script(?![^>]*\\bsrc=)([^>]*)>").matcher(page.body());
            int inline = 0;
            while (script.find()) {
                inline++;
                assertTrue(script.group(1).contains("nonce=\"" + nonce + "\""), "an inline script without the "
                        + "page's nonce: " + script.group());
            }
            assertTrue(inline > 0, "PrimeFaces' settings are an inline script");
            assertFalse(Pattern.compile("<[^>]+\\son[a-z]+=\"").matcher(page.body()).find(),
                    "no inline event handler: " + page.body());
            assertTrue(page.body().contains("name=\"primefaces.nonce\" value=\"" + nonce + "\""),
                    "the form carries the nonce for a post without script");
            nonces.add(nonce);
        }
        assertFalse(nonces.get(0).equals(nonces.get(1)), "a nonce is used once: " + nonces);
    }

    @Test
    void aPageInProductionNamesNoProjectStage() throws Exception {
        HttpResponse<String> page = PLAIN.send(HttpRequest.newBuilder(URI.create(base + "petition/index.xhtml"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("PrimeFaces.settings"), "the page carries PrimeFaces' settings");
        assertFalse(page.body().contains("projectStage"), "no project stage in a page in production");
    }

    @Test
    void anErrorPageLinksOnlyWithinThePlatform() throws Exception {
        String path = URI.create(base.toString()).getPath() + "/evil.example/x.xhtml";
        RawResponse notFound = rawFrom("127.0.0.1", "GET", path, Map.of(), null);
        assertEquals(404, notFound.status());
        assertFalse(notFound.text().contains("\"//evil.example"), notFound.text());
        assertTrue(notFound.text().contains("hreflang"), "the language switch is there");
    }

    @Test
    void theApiDescribesItselfNowhere() {
        assertEquals(404, new ApiClient(base).get("api/application.wadl").statusCode());
    }

    @Test
    void mailsToUnconfirmedAddressesCarryNoTypedName() {
        String email = unique("spoof");
        HttpResponse<String> registered = new ApiClient(base).post("api/accounts", "{\"email\":\"" + email
                + "\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"NOTICE visit http://evil.example/pay\"}");
        assertEquals(201, registered.statusCode(), registered.body());
        String mail = TestMail.awaitMail(email, "Confirm your e-mail", 0, MAIL_WAIT);
        assertFalse(mail.contains("evil.example"), mail);
        assertFalse(mail.contains("NOTICE"), mail);
    }

    @Test
    void namesAreComposedAndLoseBidiControlsAndInvisibleCharacters() {
        String email = unique("bidi");
        ApiClient citizen = new ApiClient(base);
        assertEquals(201, citizen.post("api/accounts", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD
                + "\",\"displayName\":\"Ren\u0065\u0301 \u202Eexe.gnp\u200B\u2066x\u2069\"}").statusCode());
        assertEquals(200, citizen.signIn(email, PASSWORD).statusCode());
        String me = citizen.get("api/accounts/me").body();
        assertTrue(me.contains("\"displayName\":\"Ren\u00e9 exe.gnpx\""), me);
        HttpResponse<String> invisible = new ApiClient(base).post("api/accounts", "{\"email\":\"" + unique("empty")
                + "\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"\u200B\u202E\"}");
        assertEquals(400, invisible.statusCode(), invisible.body());
    }

    // ---------------------------------------------------------------------------------------------------------

    private ApiClient signedIn(String email) {
        ApiClient client = new ApiClient(base);
        HttpResponse<String> registered = client.post("api/accounts", "{\"email\":\"" + email + "\",\"password\":\""
                + PASSWORD + "\",\"displayName\":\"Test Citizen\",\"language\":\"en\"}");
        assertEquals(201, registered.statusCode(), registered.body());
        HttpResponse<String> session = client.signIn(email, PASSWORD);
        assertEquals(200, session.statusCode(), session.body());
        return client;
    }

    private HttpResponse<String> signInPlain(String email) {
        signedIn(email);
        try {
            return PLAIN.send(HttpRequest.newBuilder(URI.create(base + "api/session"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":\""
                            + PASSWORD + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** The page's one policy: scripts from the platform and with the page's nonce (returned), none inline else. */
    private static String assertPagePolicy(String where, HttpResponse<String> page) {
        List<String> policies = page.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), where + ": one policy, not two: " + policies);
        Matcher scripts = Pattern.compile("^script-src 'self' 'nonce-([A-Za-z0-9+/=]{16,})'$")
                .matcher(scriptSources(policies.get(0)));
        assertTrue(scripts.find(), where + ": scripts only from the platform and with the page's nonce: "
                + policies.get(0));
        return scripts.group(1);
    }

    private static String scriptSources(String policy) {
        for (String directive : policy.split(";")) {
            if (directive.strip().startsWith("script-src")) {
                return directive.strip();
            }
        }
        return "";
    }

    private static String sessionCookieHeader(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
    }

    private String issuedToken(ApiClient client, int days) {
        HttpResponse<String> issued = client.post("api/accounts/me/tokens", "{\"label\":\"Script\",\"days\":" + days
                + ",\"currentPassword\":\"" + PASSWORD + "\"}");
        assertEquals(201, issued.statusCode(), issued.body());
        Matcher token = TOKEN.matcher(issued.body());
        assertTrue(token.find(), issued.body());
        return token.group(1);
    }

    private String requestResetLink(String email, int seen) {
        assertEquals(202, new ApiClient(base).post("api/accounts/password-resets", "{\"email\":\"" + email + "\"}")
                .statusCode());
        return TestMail.tokenIn(TestMail.awaitMail(email, "new password", seen, MAIL_WAIT));
    }

    private HttpResponse<String> resetWith(String token, String password) {
        return new ApiClient(base).post("api/accounts/password-resets/confirmation",
                "{\"token\":\"" + token + "\",\"password\":\"" + password + "\"}");
    }

    private static int countOf(String part, String text) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    record RawResponse(int status, String text) {
    }

    /** One HTTP/1.1 request from the given local address, so that the platform sees another client address. */
    private RawResponse rawFrom(String localAddress, String method, String path, Map<String, String> headers,
                                String body) throws IOException {
        String rawPath = path.startsWith("/") ? path : URI.create(base.toString()).getPath() + path;
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(localAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", base.getPort()), 5000);
            socket.setSoTimeout(30_000);
            StringBuilder head = new StringBuilder(method + " " + rawPath + " HTTP/1.1\r\n")
                    .append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n")
                    .append("Connection: close\r\n").append("Content-Length: ").append(content.length).append("\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            in.transferTo(received);
            String text = received.toString(StandardCharsets.UTF_8);
            return new RawResponse(Integer.parseInt(text.substring(9, 12)), text);
        }
    }
}
