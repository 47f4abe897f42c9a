package org.civicvoice.participation.testsupport;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A journey of a person in headless Chromium against the deployed platform: one browser per class, and an
 * accessibility check (axe-core, no serious or critical violation) with a screenshot for each page looked at.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class BrowserJourney {

    protected static Browser browser;

    @ArquillianResource
    protected URL base;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.platform();
    }

    @BeforeAll
    static void openBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    protected WebDriver driver() {
        return browser.driver();
    }

    protected void assertAccessible(String page) {
        browser.screenshot(page);
        String violations = browser.seriousAccessibilityViolations();
        assertTrue(violations.isEmpty(), page + " has serious accessibility violations:\n" + violations);
    }

    protected WebDriverWait waiting() {
        return new WebDriverWait(driver(), Duration.ofSeconds(15));
    }
}
