package org.civicvoice.participation.petition;

import org.civicvoice.participation.testsupport.ApiClient;
import org.civicvoice.participation.testsupport.BrowserJourney;
import org.civicvoice.participation.testsupport.Http;
import org.civicvoice.participation.testsupport.TestAccounts;
import org.civicvoice.participation.testsupport.TestMail;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A petition's life in Chromium: a verified citizen writes and shares it, five sponsors sign through the sponsor
 * link, the platform administrator approves it in the moderation page, a signed-in citizen and a reader without
 * account sign it and see the count move, and the reader takes the signature back with the private link; the public
 * pages open no session; at last the author withdraws it.
 */
class PetitionJourney extends BrowserJourney {

    private static final String PASSWORD = "seven wonders of the sea";
    private static final Duration MAIL_WAIT = Duration.ofSeconds(30);

    @Test
    void aCitizenStartsAPetitionSponsorsBackItModerationOpensItAndCitizensSignIt() throws InterruptedException {
        WebDriver driver = driver();
        String author = verifiedCitizen("author");
        List<String> sponsors = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            sponsors.add(verifiedCitizen("sponsor" + i));
        }
        String signer = verifiedCitizen("signer");
        String title = "Free drinking water in every school " + UUID.randomUUID().toString().substring(0, 6);

        driver.get(base + "petition/new.xhtml?lang=en");
        signIn(author);
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Start a petition"));
        assertAccessible("petition-new");
        new Select(driver.findElement(By.id("petition:topic"))).selectByVisibleText("Health");
        waiting().ignoring(StaleElementReferenceException.class).until(d -> new Select(d.findElement(By.id("petition:body"))).getOptions().stream()
                .anyMatch(o -> o.getText().equals("Ministry of Health (suggested)")));
        new Select(driver.findElement(By.id("petition:body"))).selectByVisibleText("Ministry of Health (suggested)");
        waiting().ignoring(StaleElementReferenceException.class).until(d -> new Select(d.findElement(By.id("petition:type")))
                .getOptions().stream().anyMatch(o -> "national-petition".equals(o.getAttribute("value"))));
        new Select(driver.findElement(By.id("petition:type"))).selectByValue("national-petition");
        driver.findElement(By.id("petition:title")).sendKeys(title);
        assertEquals(title.length() + " of 150 characters", driver.findElement(By.id("title-counter")).getText());
        driver.findElement(By.id("petition:action")).sendKeys("Install a drinking fountain in every public school.");
        driver.findElement(By.id("petition:background")).sendKeys("Children drink too little water during the school day.");
        driver.findElement(By.id("petition:save")).click();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Your petition"));
        assertTrue(main().contains("The draft is saved."), main());
        assertTrue(driver.findElement(By.id("what-next")).getText().contains("share it with sponsors"),
                driver.findElement(By.id("what-next")).getText());
        assertAccessible("petition-edit-draft");
        String number = driver.getCurrentUrl().replaceAll(".*number=(\\d+).*", "$1");

        driver.findElement(By.id("share:submit")).click();
        acceptConfirmation();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("sponsor-link")));
        assertTrue(main().contains("0 of 5 sponsors have signed"), main());
        assertTrue(driver.findElement(By.id("what-next")).getText().contains("goes to the moderators by itself"),
                driver.findElement(By.id("what-next")).getText());
        assertAccessible("petition-edit-sponsoring");
        String sponsorLink = driver.findElement(By.id("sponsor-link")).getAttribute("value");
        assertTrue(sponsorLink.contains("/petition/sponsor.xhtml?code="), sponsorLink);
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("copy-sponsor-link"))).click();
        waiting().until(d -> !d.findElement(By.id("copy-sponsor-link-status")).getText().isBlank());
        assertTrue(List.of("The link is copied. Paste it into a message to your sponsors.",
                        "The link could not be copied. It is selected: copy it with your keyboard or menu.")
                .contains(driver.findElement(By.id("copy-sponsor-link-status")).getText()));
        assertAccessible("petition-edit-sponsor-link-copied");

        signOut();
        String mailSponsor = "sponsor-mail-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        driver.get(base + sponsorLink.substring(sponsorLink.indexOf("petition/sponsor.xhtml")) + "&lang=en");
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), title));
        driver.findElement(By.id("signAnonymous:submit")).click();
        WebElement summary = waiting().until(d -> d.findElement(By.cssSelector(".error-summary")));
        assertEquals(List.of("Please give your name.",
                        "Please give a valid e-mail address; the confirmation link goes there.",
                        "Please choose the region where you live."),
                summary.findElements(By.tagName("a")).stream().map(WebElement::getText).toList(),
                "every missing field is named, in the form's order");
        assertEquals(3, driver.findElements(By.cssSelector("#signAnonymous .field__message")).size(),
                "each message also stands beside its field");
        driver.findElement(By.id("signAnonymous:name")).sendKeys("Dara Sponsor");
        driver.findElement(By.id("signAnonymous:submit")).click();
        waiting().until(d -> d.findElements(By.cssSelector(".error-summary a")).size() == 2);
        assertEquals("Dara Sponsor", driver.findElement(By.id("signAnonymous:name")).getAttribute("value"),
                "what was typed stays");
        assertFalse(driver.findElement(By.cssSelector("a[hreflang='km']")).getAttribute("href").contains("Dara"),
                "the language link carries nothing typed into the form");
        driver.findElement(By.id("signAnonymous:email")).sendKeys(mailSponsor);
        new Select(driver.findElement(By.id("signAnonymous:region"))).selectByVisibleText("Capital City");
        driver.findElement(By.id("signAnonymous:submit")).click();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Check your inbox"));
        driver.get(TestMail.linkIn(TestMail.awaitMail(mailSponsor, title, 0, MAIL_WAIT)));
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Confirm your signature"));
        driver.findElement(By.id("confirm:submit")).click();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Thank you for sponsoring"));
        assertEquals("1 of 5 sponsors have signed", driver.findElement(By.id("sponsor-count")).getText());
        assertAccessible("petition-sponsor-confirmed");
        assertEquals("Back to the sponsor page", driver.findElement(By.id("petition-link")).getText());
        driver.findElement(By.id("petition-link")).click();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), title));
        assertTrue(driver.getCurrentUrl().contains("petition/sponsor.xhtml?code="), driver.getCurrentUrl());

        for (int i = 0; i < sponsors.size(); i++) {
            signOut();
            driver.get(base + "account/login.xhtml?lang=en");
            signIn(sponsors.get(i));
            driver.get(base + sponsorLink.substring(sponsorLink.indexOf("petition/sponsor.xhtml")));
            waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), title));
            if (i == 0) {
                assertAccessible("petition-sponsor");
            }
            driver.findElement(By.id("sign:submit")).click();
            waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("signed")));
        }

        signOut();
        TestAccounts.platformAdministrator(base);
        driver.get(base + "petition/moderation.xhtml?lang=en");
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Sign in"));
        driver.findElement(By.id("login:email")).sendKeys(TestAccounts.ADMIN_EMAIL);
        driver.findElement(By.id("login:password")).sendKeys(TestAccounts.PASSWORD);
        driver.findElement(By.id("login:submit")).click();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Moderation"));
        reloadUntil(Duration.ofSeconds(20), d -> !d.findElements(By.linkText(title)).isEmpty());
        assertAccessible("petition-moderation-queue");
        driver.findElement(By.linkText(title)).click();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), title));
        assertAccessible("petition-moderation-item");
        driver.findElement(By.id("approve:submit")).click();
        acceptConfirmation();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                "The petition is approved and open for signatures."));

        signOut();
        assertNoSession(Http.get(base, "petition/view.xhtml?number=" + number));
        assertNoSession(Http.get(base, "petition/index.xhtml"));
        driver.get(base + "petition/index.xhtml?sort=newest&lang=en");
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Petitions"));
        assertAccessible("petition-index");
        assertTrue(main().contains(title), main());
        driver.get(base + "petition/index.xhtml?q=drinking+fountain&sort=newest&lang=en");
        assertTrue(main().contains(title), "the full-text search finds the petition: " + main());
        assertEquals("drinking fountain", driver.findElement(By.id("q")).getAttribute("value"));
        assertEquals("newest", new Select(driver.findElement(By.id("sort"))).getFirstSelectedOption().getAttribute("value"));
        assertAccessible("petition-search");
        assertNoSession(Http.get(base, "petition/index.xhtml?q=drinking+fountain&sort=newest"));
        browser.resize(360, 800);
        assertAccessible("petition-index-phone");
        browser.resize(1280, 900);

        driver.get(base + "petition/sign.xhtml?number=" + number + "&lang=en");
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Sign this petition"));
        driver.findElement(By.id("sign-in-to-sign")).click();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Sign in"));
        signIn(signer);
        waiting().until(ExpectedConditions.urlContains("petition/sign.xhtml?number=" + number));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("sign:submit")));
        assertTrue(driver.findElements(By.id("signAnonymous:email")).isEmpty(),
                "back on the sign page, signed in: " + main());
        driver.get(base + "petition/view.xhtml?number=" + number + "&lang=en");
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), title));
        assertEquals("Open for signatures", driver.findElement(By.id("state")).getText());
        assertEquals("6", progress());
        assertTrue(main().contains("6 of 10,000 signatures — government response"), main());
        assertAccessible("petition-view-signed-in");
        driver.findElement(By.id("sign:publicName")).click();
        driver.findElement(By.id("sign:submit")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("signed")));
        assertEquals("You have signed this petition.", driver.findElement(By.id("signed")).getText());
        assertEquals("7", progress(), "the count shown right after signing includes the signature");
        assertTrue(main().contains("7 of 10,000 signatures — government response"), main());
        for (long until = System.nanoTime() + Duration.ofSeconds(7).toNanos(); System.nanoTime() < until; ) {
            Thread.sleep(1000);
            assertEquals("7", progress(), "the count the page keeps current never drops below the one with the signature");
        }
        assertAccessible("petition-view-after-signing");

        signOut();
        String reader = "reader-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        driver.get(base + "petition/view.xhtml?number=" + number + "&lang=en");
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), title));
        assertAccessible("petition-view-anonymous");
        driver.findElement(By.id("sign-without-account")).click();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Sign this petition"));
        assertAccessible("petition-sign");
        driver.findElement(By.id("signAnonymous:name")).sendKeys("Sophea Reader");
        driver.findElement(By.id("signAnonymous:email")).sendKeys(reader);
        new Select(driver.findElement(By.id("signAnonymous:region"))).selectByVisibleText("Capital City");
        driver.findElement(By.id("signAnonymous:submit")).click();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Check your inbox"));
        String link = TestMail.linkIn(TestMail.awaitMail(reader, title, 0, MAIL_WAIT));
        assertTrue(link.contains("/petition/confirm.xhtml?token="), link);
        driver.get(link);
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Confirm your signature"));
        assertAccessible("petition-confirm");
        driver.findElement(By.id("confirm:submit")).click();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Your signature counts"));
        assertEquals("8", progress(), "the confirmation shows the count with the confirmed signature in it");
        String withdrawal = driver.findElement(By.id("withdrawal-link")).getAttribute("href");
        assertTrue(withdrawal.contains("/petition/withdraw.xhtml?token="), withdrawal);
        assertTrue(TestMail.awaitMail(reader, title, 0, MAIL_WAIT).contains(
                withdrawal.substring(withdrawal.indexOf("/petition/"))), "the mail carries the same withdrawal link");
        assertAccessible("petition-confirmed");
        driver.findElement(By.id("petition-link")).click();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), title));
        reloadUntil(Duration.ofSeconds(15), d -> "8".equals(progress()));
        assertTrue(driver.findElement(By.id("regions-table")).getText().contains("Capital City"));

        driver.get(withdrawal);
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Withdraw your signature"));
        assertEquals(title, driver.findElement(By.id("withdraw-petition")).getText());
        assertAccessible("petition-withdraw");
        driver.findElement(By.id("withdraw:submit")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Your signature is withdrawn."));
        assertTrue(main().contains("no longer counts") && driver.findElements(By.id("withdraw:submit")).isEmpty(), main());
        driver.get(withdrawal);
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("withdraw-state"), "no longer counts"));
        driver.findElement(By.id("petition-link")).click();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), title));
        reloadUntil(Duration.ofSeconds(15), d -> "7".equals(progress()));

        driver.get(base + "?lang=en");
        assertFalse(driver.findElements(By.cssSelector("#petitions .petition-list li")).isEmpty(),
                "the home page lists the most signed open petitions");
        driver.findElement(By.cssSelector("#petitions .form-links a")).click();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Petitions"));
        new Select(driver.findElement(By.id("sort"))).selectByValue("newest");
        driver.findElement(By.id("search")).click();
        waiting().until(ExpectedConditions.urlContains("sort=newest"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), title));

        driver.get(base + "petition/mine.xhtml?lang=en");
        signIn(author);
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "My petitions"));
        assertTrue(main().contains(title), main());
        assertAccessible("petition-mine");
        driver.get(base + "petition/edit.xhtml?number=" + number + "&lang=en");
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Your petition"));
        driver.findElement(By.id("withdraw:submit")).click();
        acceptConfirmation();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Your petition is withdrawn."));
        assertEquals("Withdrawn", driver.findElement(By.id("state")).getText());
        signOut();
    }

    /** A citizen registered through the API whose e-mail address is confirmed from the real mail. */
    private String verifiedCitizen(String name) {
        String email = name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        HttpResponse<String> registered = new ApiClient(base).post("api/accounts", "{\"email\":\"" + email
                + "\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"Citizen " + name
                + "\",\"regionCode\":\"DR-N-CAP\",\"language\":\"en\"}");
        assertEquals(201, registered.statusCode(), registered.body());
        String mail = TestMail.awaitMail(email, "Confirm your e-mail", 0, MAIL_WAIT);
        assertEquals(204, new ApiClient(base).post("api/accounts/verification",
                "{\"token\":\"" + TestMail.tokenIn(mail) + "\"}").statusCode());
        return email;
    }

    private void acceptConfirmation() {
        waiting().until(ExpectedConditions.alertIsPresent()).accept();
    }

    private String progress() {
        return driver().findElement(By.cssSelector("#petition-progress [role=progressbar]")).getAttribute("aria-valuenow");
    }

    private void signIn(String email) {
        signIn(email, PASSWORD);
    }
}
