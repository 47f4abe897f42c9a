package org.civicvoice.participation.identity;

import org.civicvoice.participation.testsupport.ApiClient;
import org.civicvoice.participation.testsupport.Deployments;
import org.civicvoice.participation.testsupport.TestAccounts;
import org.civicvoice.participation.testsupport.TestDatabase;
import org.civicvoice.participation.testsupport.TestMail;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Accounts through the real stack: Payara Micro, MariaDB, and mails read from the real test SMTP server.
 * Covers registration and verification, sign-in, password reset, e-mail change, export and deletion, and
 * the role and body-scope checks of every action on officials.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IdentityIT {

    private static final Duration MAIL_WAIT = Duration.ofSeconds(30);
    private static final String PASSWORD = "correct horse battery";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform();
    }

    @ArquillianResource
    URL base;

    @Test
    void aCitizenRegistersConfirmsTheLinkFromTheMailAndSignsInVerified() {
        String email = unique("citizen");
        ApiClient citizen = new ApiClient(base);
        HttpResponse<String> registered = register(citizen, email, PASSWORD);
        assertEquals(201, registered.statusCode(), registered.body());

        HttpResponse<String> beforeVerification = citizen.signIn(email, PASSWORD);
        assertEquals(200, beforeVerification.statusCode(), beforeVerification.body());
        assertTrue(citizen.get("api/accounts/me").body().contains("\"emailVerified\":false"));

        String mail = TestMail.awaitMail(email, "Confirm your e-mail", 0, MAIL_WAIT);
        assertTrue(TestMail.linkIn(mail).contains("/account/verify.xhtml?token="), mail);
        assertEquals(204, new ApiClient(base).post("api/accounts/verification",
                "{\"token\":\"" + TestMail.tokenIn(mail) + "\"}").statusCode());
        assertEquals(400, new ApiClient(base).post("api/accounts/verification",
                "{\"token\":\"" + TestMail.tokenIn(mail) + "\"}").statusCode(), "a link works once");

        ApiClient again = new ApiClient(base);
        assertEquals(200, again.signIn(email.toUpperCase(), PASSWORD).statusCode());
        String me = again.get("api/accounts/me").body();
        assertTrue(me.contains("\"emailVerified\":true"), me);
        assertTrue(me.contains("\"assurance\":\"EMAIL_VERIFIED\""), me);
    }

    @Test
    void aSecondRegistrationWithTheSameEmailAnswersAlikeMailsTheOwnerAndARaceEndsWithOneAccount() throws Exception {
        String email = unique("twice");
        HttpResponse<String> first = register(new ApiClient(base), email, PASSWORD);
        assertEquals(201, first.statusCode());
        HttpResponse<String> duplicate = register(new ApiClient(base), email.toUpperCase(), "another passphrase");
        assertEquals(201, duplicate.statusCode(), "the same answer as for a new address: " + duplicate.body());
        assertEquals(first.body(), duplicate.body());
        String notice = TestMail.awaitMail(email, "tried to register", 0, MAIL_WAIT);
        assertTrue(notice.contains("/account/forgot.xhtml"), notice);
        assertEquals(200, new ApiClient(base).signIn(email, PASSWORD).statusCode(), "the first password still counts");
        assertEquals(401, new ApiClient(base).signIn(email, "another passphrase").statusCode());

        String raced = unique("race");
        int racers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return register(new ApiClient(base), raced, PASSWORD).statusCode();
            }));
        }
        start.countDown();
        for (Future<Integer> answer : answers) {
            assertEquals(201, answer.get(), "every racer gets the same answer");
        }
        pool.shutdown();
        assertEquals(1, accountsWith(raced), "exactly one account for one e-mail");
    }

    private static int accountsWith(String email) throws SQLException {
        try (Connection db = DriverManager.getConnection(TestDatabase.jdbcUrl(), "root", "");
             PreparedStatement count = db.prepareStatement("SELECT COUNT(*) FROM idn_account WHERE email = ?")) {
            count.setString(1, email);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    @Test
    void badInputGetsClearErrorsAndTheSameAnswerForUnknownEmailAndWrongPassword() {
        HttpResponse<String> weak = register(new ApiClient(base), unique("weak"), "short");
        assertEquals(400, weak.statusCode(), weak.body());
        assertEquals("application/problem+json", weak.headers().firstValue("Content-Type").orElseThrow());
        HttpResponse<String> noEmail = new ApiClient(base).post("api/accounts",
                "{\"password\":\"" + PASSWORD + "\",\"displayName\":\"X\"}");
        assertEquals(400, noEmail.statusCode(), noEmail.body());
        assertTrue(noEmail.body().contains("email: This is needed."), noEmail.body());
        HttpResponse<String> malformed = new ApiClient(base).post("api/accounts", "{\"email\": \"x@example.org\", \"password\": ");
        assertEquals(400, malformed.statusCode(), malformed.body());
        assertEquals("application/problem+json", malformed.headers().firstValue("Content-Type").orElseThrow());
        HttpResponse<String> badRegion = new ApiClient(base).post("api/accounts", "{\"email\":\"" + unique("region")
                + "\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"X\",\"regionCode\":\"NOWHERE\"}");
        assertEquals(404, badRegion.statusCode(), badRegion.body());

        String email = unique("known");
        register(new ApiClient(base), email, PASSWORD);
        HttpResponse<String> wrongPassword = new ApiClient(base).signIn(email, "not the password");
        HttpResponse<String> unknownEmail = new ApiClient(base).signIn(unique("nobody"), "not the password");
        assertEquals(401, wrongPassword.statusCode());
        assertEquals(401, unknownEmail.statusCode());
        assertEquals(wrongPassword.body(), unknownEmail.body());
    }

    @Test
    void afterFiveWrongPasswordsFromOneAddressThatAddressIsThrottledEvenForTheRightOne() {
        String email = unique("guessed");
        register(new ApiClient(base), email, PASSWORD);
        for (int i = 0; i < 5; i++) {
            assertEquals(401, new ApiClient(base).signIn(email, "guess number " + i).statusCode());
        }
        HttpResponse<String> throttled = new ApiClient(base).signIn(email, PASSWORD);
        assertEquals(429, throttled.statusCode(), throttled.body());
        assertTrue(throttled.body().contains("minutes"), throttled.body());
        long retryAfter = Long.parseLong(throttled.headers().firstValue("Retry-After").orElse("0"));
        assertTrue(retryAfter > 0 && retryAfter <= 15 * 60, "Retry-After within the 15-minute window: " + retryAfter);
    }

    @Test
    void aForgottenPasswordIsResetThroughASingleUseLink() {
        String email = unique("forgetful");
        register(new ApiClient(base), email, PASSWORD);
        assertEquals(202, new ApiClient(base).post("api/accounts/password-resets",
                "{\"email\":\"" + unique("stranger") + "\"}").statusCode(), "the same answer for unknown addresses");
        assertEquals(202, new ApiClient(base).post("api/accounts/password-resets",
                "{\"email\":\"" + email + "\"}").statusCode());
        String token = TestMail.tokenIn(TestMail.awaitMail(email, "new password", 0, MAIL_WAIT));

        String newPassword = "a brand new passphrase";
        assertEquals(204, new ApiClient(base).post("api/accounts/password-resets/confirmation",
                "{\"token\":\"" + token + "\",\"password\":\"" + newPassword + "\"}").statusCode());
        assertEquals(400, new ApiClient(base).post("api/accounts/password-resets/confirmation",
                "{\"token\":\"" + token + "\",\"password\":\"yet another passphrase\"}").statusCode());
        assertEquals(401, new ApiClient(base).signIn(email, PASSWORD).statusCode());
        assertEquals(200, new ApiClient(base).signIn(email, newPassword).statusCode());
    }

    @Test
    void aNewEmailAddressCountsOnlyOnceItsLinkIsFollowed() {
        String email = unique("mover");
        String newEmail = unique("moved");
        ApiClient citizen = signedIn(email);
        assertEquals(400, citizen.post("api/accounts/me/email",
                "{\"newEmail\":\"" + newEmail + "\",\"currentPassword\":\"wrong password\"}").statusCode());
        assertEquals(202, citizen.post("api/accounts/me/email",
                "{\"newEmail\":\"" + newEmail + "\",\"currentPassword\":\"" + PASSWORD + "\"}").statusCode());
        assertTrue(citizen.get("api/accounts/me").body().contains(email), "unchanged until confirmed");

        String token = TestMail.tokenIn(TestMail.awaitMail(newEmail, "new e-mail", 0, MAIL_WAIT));
        assertEquals(204, new ApiClient(base).post("api/accounts/email-confirmation",
                "{\"token\":\"" + token + "\"}").statusCode());
        assertEquals(401, new ApiClient(base).signIn(email, PASSWORD).statusCode());
        ApiClient moved = new ApiClient(base);
        assertEquals(200, moved.signIn(newEmail, PASSWORD).statusCode());
        assertTrue(moved.get("api/accounts/me").body().contains(newEmail));
    }

    @Test
    void aCitizenDownloadsTheirDataAndDeletesTheAccount() {
        String email = unique("leaver");
        ApiClient citizen = signedIn(email);
        assertEquals(200, citizen.put("api/accounts/me", "{\"displayName\":\"Sokha Leaver\",\"regionCode\":\"DR-N-CAP\","
                + "\"language\":\"km\",\"notifyUpdates\":true,\"notifyNews\":true}").statusCode());
        HttpResponse<String> export = citizen.get("api/accounts/me/export");
        assertEquals(200, export.statusCode());
        assertTrue(export.body().contains(email) && export.body().contains("Sokha Leaver")
                && export.body().contains("DR-N-CAP"), export.body());
        assertTrue(export.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));

        assertEquals(400, citizen.post("api/accounts/me/deletion", "{\"password\":\"wrong password\"}").statusCode());
        assertEquals(204, citizen.post("api/accounts/me/deletion", "{\"password\":\"" + PASSWORD + "\"}").statusCode());
        assertEquals(401, new ApiClient(base).signIn(email, PASSWORD).statusCode());
        assertEquals(201, register(new ApiClient(base), email, PASSWORD).statusCode(),
                "the address is free again after deletion");
    }

    @Test
    void signingInThroughTheFormReturnsToThePlatformPageItWasAskedFor() {
        String email = unique("returning");
        assertEquals(201, register(new ApiClient(base), email, PASSWORD).statusCode());
        assertEquals("/petition/sign.xhtml?number=12",
                landingAfterFormSignIn("account/login.xhtml?next=/petition/sign.xhtml%3Fnumber%3D12", email));
        assertEquals("/petition/sponsor.xhtml?code=a+b",
                landingAfterFormSignIn("account/login.xhtml?next=%2Fpetition%2Fsponsor.xhtml%3Fcode%3Da%2Bb", email));
    }

    @Test
    void aSignInFormAskedToReturnToAnotherSiteLandsOnTheDefaultPage() {
        String email = unique("phished");
        assertEquals(201, register(new ApiClient(base), email, PASSWORD).statusCode());
        for (String next : List.of("//evil.example/x", "https://evil.example", "https%3A%2F%2Fevil.example",
                "/%5Cevil.example", "%5C%5Cevil.example", "/%09/evil.example", "%2F%2Fevil.example%2Fx",
                "evil.example")) {
            assertEquals("/account/index.xhtml", landingAfterFormSignIn("account/login.xhtml?next=" + next, email),
                    "next=" + next);
        }
        assertEquals("/account/index.xhtml", landingAfterFormSignIn("account/login.xhtml", email));
    }

    @Test
    void withoutAPageToReturnToAnOfficialLandsOnTheCaseQueueAndAModeratorOnTheModerationQueue() {
        ApiClient admin = platformAdministrator();
        String officialEmail = unique("queue-official");
        invitedOfficial(admin, "ministry-of-health", officialEmail, "OFFICIAL");
        assertEquals("/case/index.xhtml", landingAfterFormSignIn("account/login.xhtml", officialEmail));
        assertEquals("/petition/view.xhtml?number=3",
                landingAfterFormSignIn("account/login.xhtml?next=/petition/view.xhtml%3Fnumber%3D3", officialEmail));

        String moderatorEmail = unique("queue-moderator");
        ApiClient moderator = signedIn(moderatorEmail);
        assertEquals(204, admin.put("api/roles/MODERATOR/members/" + moderator.accountKey(), "").statusCode());
        assertEquals("/petition/moderation.xhtml", landingAfterFormSignIn("account/login.xhtml", moderatorEmail));
    }

    @Test
    void officialsActOnlyOnTheirOwnBodyAndOnlyWithTheRightRole() {
        ApiClient admin = platformAdministrator();
        String healthAdminEmail = unique("health-admin");
        String educationOfficialEmail = unique("education-official");
        ApiClient healthAdmin = invitedOfficial(admin, "ministry-of-health", healthAdminEmail, "BODY_ADMIN");
        ApiClient educationOfficial = invitedOfficial(admin, "ministry-of-education", educationOfficialEmail, "OFFICIAL");
        ApiClient citizen = signedIn(unique("bystander"));
        ApiClient anonymous = new ApiClient(base);

        assertEquals(200, healthAdmin.get("api/bodies/ministry-of-health/officials").statusCode());
        assertTrue(healthAdmin.get("api/bodies/ministry-of-health/officials").body().contains("BODY_ADMIN"));
        assertEquals(403, healthAdmin.get("api/bodies/ministry-of-education/officials").statusCode());
        assertEquals(403, healthAdmin.post("api/bodies/ministry-of-education/officials",
                "{\"email\":\"" + unique("x") + "\",\"position\":\"Clerk\",\"role\":\"OFFICIAL\"}").statusCode());
        assertEquals(403, healthAdmin.delete("api/bodies/ministry-of-education/officials/"
                + educationOfficial.accountKey()).statusCode());
        assertEquals(202, healthAdmin.post("api/bodies/ministry-of-health/officials",
                "{\"email\":\"" + unique("y") + "\",\"position\":\"Clerk\",\"role\":\"OFFICIAL\"}").statusCode());

        assertEquals(200, educationOfficial.get("api/bodies/ministry-of-education/officials").statusCode());
        assertEquals(403, educationOfficial.post("api/bodies/ministry-of-education/officials",
                "{\"email\":\"" + unique("z") + "\",\"position\":\"Clerk\",\"role\":\"OFFICIAL\"}").statusCode(),
                "an official who is not the body's administrator invites no one");
        assertEquals(403, educationOfficial.get("api/bodies/ministry-of-health/officials").statusCode());

        assertEquals(403, citizen.get("api/bodies/ministry-of-health/officials").statusCode());
        assertEquals(403, citizen.put("api/roles/MODERATOR/members/" + citizen.accountKey(), "").statusCode());
        assertEquals(401, anonymous.get("api/bodies/ministry-of-health/officials").statusCode());

        assertEquals(204, admin.put("api/roles/MODERATOR/members/" + citizen.accountKey(), "").statusCode());
        assertEquals(200, admin.get("api/bodies/ministry-of-education/officials").statusCode());
        assertEquals(204, admin.delete("api/bodies/ministry-of-education/officials/"
                + educationOfficial.accountKey()).statusCode());
        assertEquals(403, educationOfficial.get("api/bodies/ministry-of-education/officials").statusCode(),
                "a removed official loses access at once");
    }

    @Test
    void onlyPlatformAdministratorsKeepTheDirectoryAndAStaleEditOverwritesNothing() {
        ApiClient admin = platformAdministrator();
        ApiClient citizen = signedIn(unique("curious"));
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String topic = "digital-" + suffix;
        assertEquals(403, citizen.post("api/topics", "{\"id\":\"" + topic + "\",\"name\":\"Digital\"}").statusCode());
        assertEquals(201, admin.post("api/topics", "{\"id\":\"" + topic + "\",\"name\":\"Digital\"}").statusCode());

        String draft = "{\"slug\":\"%s\",\"name\":\"%s\",\"kind\":\"AGENCY\",\"parent\":%s,"
                + "\"region\":\"DR\",\"description\":\"Online services\",\"website\":\"%s\",\"topics\":[\"" + topic + "\"]}";
        String agency = "digital-agency-" + suffix;
        String office = "digital-office-" + suffix;
        assertEquals(403, citizen.post("api/bodies", draft.formatted(agency, "Agency", "null", "https://d.example")).statusCode());
        assertEquals(401, new ApiClient(base).post("api/bodies", draft.formatted(agency, "Agency", "null", "https://d.example"))
                .statusCode());
        HttpResponse<String> created = admin.post("api/bodies", draft.formatted(agency, "Digital Agency", "null",
                "https://digital.example"));
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/bodies/" + agency));
        assertEquals(409, admin.post("api/bodies", draft.formatted(agency, "Again", "null", "https://d.example")).statusCode());
        assertEquals(400, admin.post("api/bodies", draft.formatted(agency + "-x", "Script", "null", "javascript:alert(1)"))
                .statusCode(), "a website must be a web address");

        String version = versionIn(created.body());
        HttpResponse<String> renamed = admin.put("api/bodies/" + agency + "?version=" + version,
                draft.formatted(agency, "Digital Services Agency", "null", "https://digital.example"));
        assertEquals(200, renamed.statusCode(), renamed.body());
        HttpResponse<String> stale = admin.put("api/bodies/" + agency + "?version=" + version,
                draft.formatted(agency, "Overwritten", "null", "https://digital.example"));
        assertEquals(409, stale.statusCode(), stale.body());
        assertTrue(new ApiClient(base).get("api/bodies/" + agency).body().contains("Digital Services Agency"));

        assertEquals(201, admin.post("api/bodies", draft.formatted(office, "Digital Office", "\"" + agency + "\"",
                "https://office.example")).statusCode());
        String current = versionIn(new ApiClient(base).get("api/bodies/" + agency).body());
        assertEquals(400, admin.put("api/bodies/" + agency + "?version=" + current,
                draft.formatted(agency, "Digital Services Agency", "\"" + office + "\"", "https://digital.example"))
                .statusCode(), "a body cannot sit under its own sub-body");

        String region = "DR-N-" + suffix.substring(0, 4).toUpperCase();
        assertEquals(403, citizen.post("api/regions", "{\"code\":\"" + region
                + "\",\"name\":\"New District\",\"kind\":\"DISTRICT\",\"parent\":\"DR-N\"}").statusCode());
        assertEquals(201, admin.post("api/regions", "{\"code\":\"" + region
                + "\",\"name\":\"New District\",\"kind\":\"DISTRICT\",\"parent\":\"DR-N\"}").statusCode());
    }

    private static String versionIn(String json) {
        return json.replaceAll("(?s).*\"version\":(\\d+).*", "$1");
    }

    @Test
    void aStateChangingCallWithoutTheCsrfTokenIsRefused() {
        ApiClient citizen = signedIn(unique("forged"));
        citizen.dropCsrfToken();
        HttpResponse<String> forged = citizen.put("api/accounts/me", "{\"displayName\":\"Forged\",\"language\":\"en\"}");
        assertEquals(403, forged.statusCode(), forged.body());
        assertFalse(citizen.get("api/accounts/me").body().contains("Forged"));
    }

    private HttpResponse<String> register(ApiClient client, String email, String password) {
        return client.post("api/accounts", "{\"email\":\"" + email + "\",\"password\":\"" + password
                + "\",\"displayName\":\"Test Citizen\",\"language\":\"en\"}");
    }

    private ApiClient signedIn(String email) {
        ApiClient client = new ApiClient(base);
        assertEquals(201, register(client, email, PASSWORD).statusCode());
        HttpResponse<String> session = client.signIn(email, PASSWORD);
        assertEquals(200, session.statusCode(), session.body());
        return client;
    }

    private ApiClient platformAdministrator() {
        return TestAccounts.platformAdministrator(base);
    }

    private ApiClient invitedOfficial(ApiClient inviter, String body, String email, String role) {
        assertEquals(202, inviter.post("api/bodies/" + body + "/officials",
                "{\"email\":\"" + email + "\",\"position\":\"Head of unit\",\"role\":\"" + role + "\"}").statusCode());
        String token = TestMail.tokenIn(TestMail.awaitMail(email, "invited", 0, MAIL_WAIT));
        assertEquals(204, new ApiClient(base).post("api/invitations/acceptance", "{\"token\":\"" + token
                + "\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"Official " + role + "\"}").statusCode());
        ApiClient official = new ApiClient(base);
        assertEquals(200, official.signIn(email, PASSWORD).statusCode());
        return official;
    }

    /**
     * Opens the sign-in page as a browser would, posts its form with the fields the page gave and the account's
     * e-mail and password, and answers the path (after the context path) the platform redirects to.
     */
    private String landingAfterFormSignIn(String loginPage, String email) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        URI page = URI.create(base.toString()).resolve(loginPage);
        try {
            HttpResponse<String> form = browser.send(HttpRequest.newBuilder(page).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, form.statusCode(), form.body());
            String html = form.body();
            String loginForm = html.substring(html.indexOf("<form id=\"login\""));
            loginForm = loginForm.substring(0, loginForm.indexOf("</form>"));
            StringBuilder fields = new StringBuilder();
            Matcher hidden = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>").matcher(loginForm);
            while (hidden.find()) {
                Matcher name = Pattern.compile("name=\"([^\"]*)\"").matcher(hidden.group());
                Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(hidden.group());
                if (name.find()) {
                    field(fields, name.group(1), value.find() ? unescape(value.group(1)) : "");
                }
            }
            field(fields, "login:email", email);
            field(fields, "login:password", PASSWORD);
            field(fields, "login:submit", "Sign in");
            HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(page)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Origin", base.getProtocol() + "://" + base.getHost() + ":" + base.getPort())
                    .POST(HttpRequest.BodyPublishers.ofString(fields.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(302, signedIn.statusCode(), signedIn.body());
            URI landing = page.resolve(signedIn.headers().firstValue("Location").orElseThrow());
            assertEquals(page.getAuthority(), landing.getAuthority(), landing.toString());
            String context = URI.create(base.toString()).getPath().replaceAll("/$", "");
            String path = landing.getRawPath();
            assertTrue(path.startsWith(context + "/"), landing.toString());
            return path.substring(context.length()) + (landing.getRawQuery() == null ? "" : "?" + landing.getRawQuery());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void field(StringBuilder form, String name, String value) {
        if (form.length() > 0) {
            form.append('&');
        }
        form.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    private static String unescape(String attribute) {
        return attribute.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
