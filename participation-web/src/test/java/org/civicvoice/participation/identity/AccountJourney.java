package org.civicvoice.participation.identity;

import org.civicvoice.participation.testsupport.Browser;
import org.civicvoice.participation.testsupport.Deployments;
import org.civicvoice.participation.testsupport.TestMail;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A citizen in headless Chromium registers, opens the link from the captured mail, confirms and signs in. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountJourney {

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
    void aCitizenRegistersConfirmsTheEmailFromTheMailAndSignsIn() {
        WebDriver driver = browser.driver();
        String email = "journey-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String password = "seven wonders of the sea";

        driver.get(base + "?lang=en");
        driver.findElement(By.linkText("Register")).click();
        wait(driver).until(ExpectedConditions.textToBe(By.tagName("h1"), "Create an account"));
        assertAccessible("register");

        driver.findElement(By.id("register:submit")).click();
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.className("field__message")));
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("Please fill in this field."));

        driver.findElement(By.id("register:email")).sendKeys(email);
        driver.findElement(By.id("register:displayName")).sendKeys("Dara Journey");
        driver.findElement(By.id("register:password")).sendKeys(password);
        driver.findElement(By.id("register:passwordAgain")).sendKeys(password);
        new Select(driver.findElement(By.id("register:region"))).selectByVisibleText("Capital City");
        driver.findElement(By.id("register:submit")).click();
        wait(driver).until(ExpectedConditions.textToBe(By.tagName("h1"), "Check your inbox"));
        assertTrue(driver.findElement(By.tagName("main")).getText().contains(email));

        String link = TestMail.linkIn(TestMail.awaitMail(email, "Confirm your e-mail", 0, Duration.ofSeconds(30)));
        driver.get(link);
        wait(driver).until(ExpectedConditions.textToBe(By.tagName("h1"), "Confirm your e-mail address"));
        assertAccessible("verify");
        driver.findElement(By.id("confirm:submit")).click();
        wait(driver).until(ExpectedConditions.textToBe(By.tagName("h1"), "Sign in"));
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("Your e-mail address is confirmed."));
        assertAccessible("login");

        driver.findElement(By.id("login:email")).sendKeys(email);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
        wait(driver).until(ExpectedConditions.textToBe(By.tagName("h1"), "My account"));
        assertEquals("E-mail confirmed", driver.findElement(By.id("assurance")).getText());
        assertEquals(email, driver.findElement(By.id("current-email")).getText());
        assertAccessible("account");

        driver.findElement(By.cssSelector("#signOut input[type=submit]")).click();
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.linkText("Sign in")));
    }

    private void assertAccessible(String page) {
        browser.screenshot("account-" + page);
        String violations = browser.seriousAccessibilityViolations();
        assertTrue(violations.isEmpty(), page + " has serious accessibility violations:\n" + violations);
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }
}
