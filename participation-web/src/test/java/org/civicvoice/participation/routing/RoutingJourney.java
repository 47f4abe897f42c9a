package org.civicvoice.participation.routing;

import org.civicvoice.participation.testsupport.ApiClient;
import org.civicvoice.participation.testsupport.BrowserJourney;
import org.civicvoice.participation.testsupport.Json;
import org.civicvoice.participation.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A platform administrator in Chromium reads the routing rules, asks where an item would go and opens a rule
 * without retiring it, then gives a body a deadline of its own and removes it after confirming; a reader on a
 * 360 px phone looks at how bodies answer. Every page passes axe-core.
 */
class RoutingJourney extends BrowserJourney {

    private static final String EDUCATION_NAME = "Ministry of Education, Youth and Sport";

    @Test
    void anAdministratorPreviewsWhereAnItemGoesAndOpensARule() {
        TestAccounts.platformAdministrator(base);
        WebDriver driver = driver();
        driver.get(base + "routing/rules.xhtml?lang=en");
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Sign in"));
        driver.findElement(By.id("login:email")).sendKeys(TestAccounts.ADMIN_EMAIL);
        driver.findElement(By.id("login:password")).sendKeys(TestAccounts.PASSWORD);
        driver.findElement(By.id("login:submit")).click();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Routing rules"));
        assertAccessible("routing-rules");

        new Select(driver.findElement(By.id("previewForm:type"))).selectByVisibleText("Response to a petition");
        new Select(driver.findElement(By.id("previewForm:topic"))).selectByVisibleText("Health");
        new Select(driver.findElement(By.id("previewForm:body"))).selectByVisibleText("Government of the Demo Republic");
        driver.findElement(By.id("previewForm:submit")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("preview-result")));
        assertTrue(driver.getCurrentUrl().contains("topic=health"), "the preview has an address: " + driver.getCurrentUrl());
        assertTrue(driver.findElement(By.id("preview-result")).getText().contains("Ministry of Health"));
        assertTrue(driver.findElement(By.id("preview-reason")).getText().contains("by rule 2 (version 1)"));
        assertAccessible("routing-preview");

        driver.findElement(By.linkText("Rule 2, version 1")).click();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Rule 2"));
        assertEquals("Health", new Select(driver.findElement(By.id("edit:topic"))).getFirstSelectedOption().getText(),
                "the form holds the version in force");
        assertAccessible("routing-rule");
        driver.findElement(By.id("retire-link")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("retireForm:submit")));
        assertAccessible("routing-retire-confirmation");
        driver.findElement(By.linkText("Cancel")).click();
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("retireForm:submit")));
        assertTrue(driver.findElement(By.id("rule-state")).getText().contains("In force"), "nothing was retired");

        browser.resize(360, 800);
        try {
            driver.get(base + "routing/rules.xhtml?lang=en");
            waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Routing rules"));
            assertFitsTheScreen();
            assertAccessible("routing-rules-phone");
        } finally {
            browser.resize(1280, 900);
        }
    }

    @Test
    void aReaderOnAPhoneSeesHowBodiesAnswer() throws SQLException {
        try (TransparencyCases office = TransparencyCases.of(TestAccounts.platformAdministrator(base))) {
            WebDriver driver = driver();
            browser.resize(360, 800);
            try {
                driver.get(base + "?lang=en");
                driver.findElement(By.linkText("How bodies answer")).click();
                waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "How bodies answer"));
                assertTrue(driver.findElement(By.id("bodies-table")).getText().contains(office.name));
                assertTrue(driver.findElement(By.id("totals")).getText().contains("Cases received"));
                assertFitsTheScreen();
                assertAccessible("transparency-phone");
            } finally {
                browser.resize(1280, 900);
            }
            driver.get(base + "transparency.xhtml?lang=km");
            waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "របៀបដែលស្ថាប័នឆ្លើយតប"));
            assertAccessible("transparency-km");
        }
    }

    @Test
    void anAdministratorGivesABodyItsOwnDeadlineAndRemovesItAfterConfirming() {
        ApiClient admin = TestAccounts.platformAdministrator(base);
        boolean noneOfTheirOwn = ownDeadline(admin, null) == null;
        WebDriver driver = driver();
        driver.get(base + "?lang=en");
        signOut();
        driver.get(base + "routing/rules.xhtml?lang=en");
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Sign in"));
        signIn(TestAccounts.ADMIN_EMAIL, TestAccounts.PASSWORD);
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Routing rules"));
        assertTrue(driver.findElement(By.id("nav-deadlines")).isDisplayed(), "the administrator's navigation links it");
        driver.findElement(By.id("deadlines-link")).click();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Deadlines to answer"));
        String defaults = driver.findElement(By.id("defaults-table")).getText();
        assertTrue(defaults.contains("Response to a petition") && defaults.contains("Proposal"), defaults);
        if (noneOfTheirOwn) {
            assertTrue(driver.findElement(By.id("no-overrides")).getText().contains("No body has deadlines of its own"));
        }
        assertAccessible("routing-deadlines");

        new Select(driver.findElement(By.id("set:type"))).selectByVisibleText("Proposal");
        new Select(driver.findElement(By.id("set:body"))).selectByVisibleText(EDUCATION_NAME);
        type(By.id("set:workingDays"), "10");
        type(By.id("set:reminderDays"), "10");
        type(By.id("set:escalationDays"), "4");
        driver.findElement(By.id("set:submit")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#deadline-form .field__message"),
                "the reminder comes fewer days before the due date"));
        assertEquals(EDUCATION_NAME,
                new Select(driver.findElement(By.id("set:body"))).getFirstSelectedOption().getText(), "the form keeps its values");
        assertAccessible("routing-deadlines-invalid");

        type(By.id("set:reminderDays"), "2");
        driver.findElement(By.id("set:submit")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("overrides-table")));
        assertTrue(main().contains("The deadline of " + EDUCATION_NAME + " for Proposal is saved."), main());
        String own = driver.findElement(By.id("overrides-table")).getText();
        assertTrue(own.contains(EDUCATION_NAME) && own.contains("Proposal 10 2 4"), own);
        Object set = ownDeadline(admin, "ministry-of-education");
        assertTrue(set != null && Json.number(set, "workingDays") == 10 && Json.number(set, "reminderDays") == 2
                && Json.number(set, "escalationDays") == 4 && "PROPOSAL".equals(Json.string(set, "type")),
                "the API reads what the page set: " + set);

        By remove = By.cssSelector("a[aria-label='Remove: Proposal, " + EDUCATION_NAME + "']");
        driver.findElement(remove).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("removeForm:submit")));
        assertEquals("Remove the deadline of " + EDUCATION_NAME + " for Proposal?",
                driver.findElement(By.id("remove-title")).getText());
        assertAccessible("routing-deadlines-remove-confirmation");
        driver.findElement(By.id("remove-cancel")).click();
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("removeForm:submit")));
        assertTrue(driver.findElement(By.id("overrides-table")).getText().contains(EDUCATION_NAME),
                "nothing was removed");

        driver.findElement(remove).click();
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("removeForm:submit"))).sendKeys(Keys.ENTER);
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("removeForm:submit")));
        assertTrue(main().contains(EDUCATION_NAME + " has the deadline of every body for Proposal again."), main());
        assertNull(ownDeadline(admin, "ministry-of-education"), "the body has the deadline of every body again");
        if (noneOfTheirOwn) {
            assertTrue(driver.findElement(By.id("no-overrides")).isDisplayed(), "back to the empty state");
        }

        driver.get(base + "routing/deadlines.xhtml?lang=km");
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "កាលកំណត់ឆ្លើយតប"));
        assertAccessible("routing-deadlines-km");
        signOut();
    }

    /** The deadline a body has of its own (with none: any body's), as the API lists it; null if there is none. */
    private static Object ownDeadline(ApiClient admin, String body) {
        return ((List<?>) Json.parse(admin.get("api/deadlines").body())).stream()
                .<Object>map(d -> d)
                .filter(d -> Json.at(d, "body") != null && (body == null || body.equals(Json.string(d, "body"))))
                .findFirst().orElse(null);
    }

    private void type(By field, String text) {
        WebElement input = driver().findElement(field);
        input.clear();
        input.sendKeys(text);
    }

    /** Nothing but the tables' own scrolling areas is wider than the screen. */
    private void assertFitsTheScreen() {
        Object fits = browser.script("return document.documentElement.scrollWidth <= window.innerWidth;");
        assertEquals(Boolean.TRUE, fits, "the page scrolls sideways");
    }
}
