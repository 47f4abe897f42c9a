package org.civicvoice.participation.testsupport;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A journey of a person in headless Chromium against the deployed platform: one browser per class, and an
 * accessibility check (axe-core, no serious or critical violation) with a screenshot for each page looked at, and
 * nothing refused by the pages' Content-Security-Policy on any page (checked for each page looked at and after each
 * test).
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

    @AfterEach
    void nothingRefusedByThePolicy() {
        assertNothingRefused("the last pages of the test");
    }

    protected WebDriver driver() {
        return browser.driver();
    }

    protected void assertNothingRefused(String page) {
        String violations = browser.securityPolicyViolations();
        assertTrue(violations.isEmpty(), page + ": the Content-Security-Policy refused:\n" + violations);
    }

    protected void assertAccessible(String page) {
        assertNothingRefused(page);
        browser.screenshot(page);
        String violations = browser.seriousAccessibilityViolations();
        assertTrue(violations.isEmpty(), page + " has serious accessibility violations:\n" + violations);
    }

    /**
     * Waits up to 15 s. While a page is being replaced, Chromium may answer a question about an element of the old
     * page with a general error ("Node with given id does not belong to the document") instead of a stale element:
     * such answers are asked again, like a stale element, until the wait's time is up.
     */
    protected WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver(), Duration.ofSeconds(15));
        wait.ignoring(WebDriverException.class);
        return wait;
    }

    /**
     * Fills in the sign-in form the current page shows and waits until it is gone. Filling is retried while the page
     * is still being replaced (a resize or a late navigation can swap the document between finding a field and typing).
     */
    protected void signIn(String email, String password) {
        waiting().until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        waiting().until(d -> {
            WebElement address = d.findElement(By.id("login:email"));
            address.clear();
            address.sendKeys(email);
            WebElement secret = d.findElement(By.id("login:password"));
            secret.clear();
            secret.sendKeys(password);
            return email.equals(address.getAttribute("value"));
        });
        driver().findElement(By.id("login:submit")).click();
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("login:email")));
    }

    protected void signOut() {
        driver().manage().deleteAllCookies();
    }

    protected String main() {
        return driver().findElement(By.tagName("main")).getText();
    }

    /** Reloads the page until the condition holds (counts and queues settle within seconds). */
    protected void reloadUntil(Duration limit, Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver(), limit, Duration.ofMillis(700)).ignoring(WebDriverException.class).until(d -> {
            d.navigate().refresh();
            return condition.apply(d);
        });
    }

    protected static void assertNoSession(HttpResponse<String> response) {
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                "a public page must not open an HTTP session: " + response.headers().allValues("Set-Cookie"));
    }
}
