package org.civicvoice.participation.organisation;

import org.civicvoice.participation.testsupport.ApiClient;
import org.civicvoice.participation.testsupport.BrowserJourney;
import org.civicvoice.participation.testsupport.TestAccounts;
import org.civicvoice.participation.testsupport.TestCitizens;
import org.civicvoice.participation.testsupport.TestMail;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A platform administrator in Chromium changes a body's description in English and Khmer, invites an official of
 * it, sends the invitation again and cancels it, and gives and takes back the moderator role.
 */
class DirectoryAdministrationJourney extends BrowserJourney {

    private static final Duration MAIL_WAIT = Duration.ofSeconds(30);

    @Test
    void anAdministratorGivesAndTakesBackTheModeratorRoleOnThePlatformRolesPage() {
        ApiClient candidate = TestCitizens.signedIn(base, "roles-candidate", "DR-N-CAP");
        String email = candidate.get("api/accounts/me").body().replaceAll("(?s).*\"email\":\"([^\"]+)\".*", "$1");
        TestAccounts.platformAdministrator(base);
        WebDriver driver = driver();
        driver.get(base + "account/login.xhtml?lang=en");
        signIn(TestAccounts.ADMIN_EMAIL, TestAccounts.PASSWORD);
        driver.findElement(By.id("nav-roles")).click();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Moderators and administrators"));
        assertTrue(driver.findElement(By.id("holders")).getText().contains("This is you"),
                "an administrator cannot take their own role away here");
        assertAccessible("admin-roles");

        driver.findElement(By.id("grant:email")).sendKeys("nobody-" + email);
        driver.findElement(By.id("grant:submit")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                "No active account uses this address."));
        assertAccessible("admin-roles-refused");

        driver.findElement(By.id("grant:email")).clear();
        driver.findElement(By.id("grant:email")).sendKeys(email);
        driver.findElement(By.id("grant:submit")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                email + " is now: Moderator."));
        String name = candidate.get("api/accounts/me").body().replaceAll("(?s).*\"displayName\":\"([^\"]+)\".*", "$1");
        ApiClient moderator = new ApiClient(base);
        assertEquals(200, moderator.signIn(email, TestCitizens.PASSWORD).statusCode());
        assertEquals(200, moderator.get("api/moderation/petitions").statusCode(), "the role counts from the next sign-in");

        driver.findElement(By.cssSelector("[aria-label='Remove the role: " + name + ", Moderator']")).click();
        waiting().until(ExpectedConditions.alertIsPresent()).accept();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                name + " is no longer: Moderator."));
        assertEquals(401, moderator.get("api/moderation/petitions").statusCode(),
                "taking the role away ends the person's sessions at once");
    }

    @Test
    void anAdministratorChangesABodyAndInvitesAnOfficial() {
        TestAccounts.platformAdministrator(base);
        WebDriver driver = driver();
        driver.get(base + "organisation/edit-body.xhtml?slug=hillview&lang=en");
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Sign in"));
        driver.findElement(By.id("login:email")).sendKeys(TestAccounts.ADMIN_EMAIL);
        driver.findElement(By.id("login:password")).sendKeys(TestAccounts.PASSWORD);
        driver.findElement(By.id("login:submit")).click();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Change the government body"));
        assertAccessible("admin-edit-body");

        WebElement description = driver.findElement(By.id("body:description"));
        description.clear();
        description.sendKeys("Water, waste, roads and parks of Hillview, now with a youth council.");
        assertEquals("សាលាក្រុងទិដ្ឋភាពភ្នំ", driver.findElement(By.id("body:name_km")).getAttribute("value"),
                "the Khmer name stands beside the English one");
        WebElement khmerDescription = driver.findElement(By.id("body:description_km"));
        khmerDescription.clear();
        khmerDescription.sendKeys("ទឹក សំណល់ ផ្លូវ និងសួនច្បារនៃក្រុងទិដ្ឋភាពភ្នំ ឥឡូវមានក្រុមប្រឹក្សាយុវជន។");
        driver.findElement(By.id("body:save")).click();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Hillview Municipality"));
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("now with a youth council"));
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("The body is saved."));

        driver.findElement(By.linkText("Officials")).click();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Officials: Hillview Municipality"));
        assertAccessible("admin-officials");
        driver.findElement(By.id("invite:email")).sendKeys("clerk@hillview.example");
        driver.findElement(By.id("invite:position")).sendKeys("Town clerk");
        driver.findElement(By.id("invite:submit")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                "We sent an invitation to clerk@hillview.example."));
        String invitation = "You are invited to answer for Hillview";
        String firstLink = TestMail.linkIn(TestMail.awaitMail("clerk@hillview.example", invitation, 0, MAIL_WAIT));
        WebElement pending = driver.findElement(By.id("pending"));
        assertTrue(pending.getText().contains("clerk@hillview.example") && pending.getText().contains("Town clerk"),
                pending.getText());
        assertAccessible("admin-officials-pending");
        driver.findElement(By.cssSelector("[aria-label='Send again: clerk@hillview.example']")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                "We sent the invitation to clerk@hillview.example again with a new link"));
        String secondLink = TestMail.linkIn(TestMail.awaitMail("clerk@hillview.example", invitation, 1, MAIL_WAIT));
        assertNotEquals(firstLink, secondLink);
        assertEquals(1, driver.findElements(By.cssSelector("#pending tbody tr")).size(),
                "the invitation sent again replaces the first");
        driver.findElement(By.cssSelector("[aria-label='Cancel: clerk@hillview.example']")).click();
        waiting().until(ExpectedConditions.alertIsPresent()).accept();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                "The invitation to clerk@hillview.example is cancelled."));
        assertTrue(driver.findElements(By.id("pending")).isEmpty(), "no invitation waits any more");
        for (String link : List.of(firstLink, secondLink)) {
            assertEquals(400, new ApiClient(base).post("api/invitations/acceptance", "{\"token\":\""
                    + TestMail.tokenIn(link) + "\",\"password\":\"" + TestCitizens.PASSWORD
                    + "\",\"displayName\":\"Town Clerk\"}").statusCode(), "neither link works any more: " + link);
        }

        driver.get(base + "organisation/body.xhtml?slug=hillview&lang=km");
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "សាលាក្រុងទិដ្ឋភាពភ្នំ"));
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("ឥឡូវមានក្រុមប្រឹក្សាយុវជន"));
    }


}
