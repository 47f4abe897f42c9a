package org.civicvoice.participation.organisation;

import org.civicvoice.participation.testsupport.Browser;
import org.civicvoice.participation.testsupport.Deployments;
import org.civicvoice.participation.testsupport.TestAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A platform administrator in Chromium changes a body's description and invites an official of it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DirectoryAdministrationJourney {

    private static Browser browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void openBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anAdministratorChangesABodyAndInvitesAnOfficial() {
        TestAccounts.platformAdministrator(base);
        WebDriver driver = browser.driver();
        driver.get(base + "organisation/edit-body.xhtml?slug=hillview&lang=en");
        wait(driver).until(ExpectedConditions.textToBe(By.tagName("h1"), "Sign in"));
        driver.findElement(By.id("login:email")).sendKeys(TestAccounts.ADMIN_EMAIL);
        driver.findElement(By.id("login:password")).sendKeys(TestAccounts.PASSWORD);
        driver.findElement(By.id("login:submit")).click();
        wait(driver).until(ExpectedConditions.textToBe(By.tagName("h1"), "Change the government body"));
        assertAccessible("edit-body");

        WebElement description = driver.findElement(By.id("body:description"));
        description.clear();
        description.sendKeys("Water, waste, roads and parks of Hillview, now with a youth council.");
        driver.findElement(By.id("body:save")).click();
        wait(driver).until(ExpectedConditions.textToBe(By.tagName("h1"), "Hillview Municipality"));
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("now with a youth council"));
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("The body is saved."));

        driver.findElement(By.linkText("Officials")).click();
        wait(driver).until(ExpectedConditions.textToBe(By.tagName("h1"), "Officials: Hillview Municipality"));
        assertAccessible("officials");
        driver.findElement(By.id("invite:email")).sendKeys("clerk@hillview.example");
        driver.findElement(By.id("invite:position")).sendKeys("Town clerk");
        driver.findElement(By.id("invite:submit")).click();
        wait(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                "We sent an invitation to clerk@hillview.example."));
    }

    private void assertAccessible(String page) {
        browser.screenshot("admin-" + page);
        String violations = browser.seriousAccessibilityViolations();
        assertTrue(violations.isEmpty(), page + " has serious accessibility violations:\n" + violations);
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }
}
