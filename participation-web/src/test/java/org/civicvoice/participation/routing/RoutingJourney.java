package org.civicvoice.participation.routing;

import org.civicvoice.participation.testsupport.BrowserJourney;
import org.civicvoice.participation.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A platform administrator in Chromium reads the routing rules, asks where an item would go and opens a rule
 * without retiring it; a reader on a 360 px phone looks at how bodies answer. Every page passes axe-core.
 */
class RoutingJourney extends BrowserJourney {

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

    /** Nothing but the tables' own scrolling areas is wider than the screen. */
    private void assertFitsTheScreen() {
        Object fits = browser.script("return document.documentElement.scrollWidth <= window.innerWidth;");
        assertEquals(Boolean.TRUE, fits, "the page scrolls sideways");
    }
}
