package org.civicvoice.participation.identity;

import org.civicvoice.participation.testsupport.BrowserJourney;
import org.civicvoice.participation.testsupport.TestMail;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A citizen in headless Chromium registers, opens the link from the captured mail, confirms and signs in. */
class AccountJourney extends BrowserJourney {






    @Test
    void aCitizenRegistersConfirmsTheEmailFromTheMailAndSignsIn() {
        WebDriver driver = driver();
        String email = "journey-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String password = "seven wonders of the sea";

        driver.get(base + "?lang=en");
        driver.findElement(By.linkText("Register")).click();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Create an account"));
        assertAccessible("account-register");

        driver.findElement(By.id("register:submit")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.className("field__message")));
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("Please fill in this field."));

        driver.findElement(By.id("register:email")).sendKeys(email);
        driver.findElement(By.id("register:displayName")).sendKeys("Dara Journey");
        driver.findElement(By.id("register:password")).sendKeys(password);
        driver.findElement(By.id("register:passwordAgain")).sendKeys(password);
        new Select(driver.findElement(By.id("register:region"))).selectByVisibleText("Capital City");
        driver.findElement(By.id("register:submit")).click();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Check your inbox"));
        assertTrue(driver.findElement(By.tagName("main")).getText().contains(email));

        String link = TestMail.linkIn(TestMail.awaitMail(email, "Confirm your e-mail", 0, Duration.ofSeconds(30)));
        driver.get(link);
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Confirm your e-mail address"));
        assertAccessible("account-verify");
        driver.findElement(By.id("confirm:submit")).click();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Sign in"));
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("Your e-mail address is confirmed."));
        assertAccessible("account-login");

        driver.findElement(By.id("login:email")).sendKeys(email);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "My account"));
        assertEquals("E-mail confirmed", driver.findElement(By.id("assurance")).getText());
        assertEquals(email, driver.findElement(By.id("current-email")).getText());
        assertAccessible("account-account");

        driver.findElement(By.cssSelector("#signOut input[type=submit]")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.linkText("Sign in")));
    }

    @Test
    void aScriptWrittenIntoAPageWithoutItsNonceIsRefusedAndTheRefusalIsSeen() {
        WebDriver driver = driver();
        driver.get(base + "account/login.xhtml?lang=en");
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Sign in"));
        assertAccessible("account-login-policy");
        browser.script("var s = document.createElement('script'); s.textContent = 'document.title = \"ran\";';"
                + " document.body.appendChild(s);"
                + " var b = document.createElement('button'); b.id = 'injected';"
                + " b.setAttribute('onclick', 'document.title = \"clicked\"'); document.body.appendChild(b);");
        driver.findElement(By.id("injected")).click();
        StringBuilder refused = new StringBuilder();
        waiting().until(d -> {
            refused.append(browser.securityPolicyViolations()).append('\n');
            return refused.indexOf("inline script") >= 0 && refused.indexOf("inline event handler") >= 0;
        });
        assertTrue(refused.toString().contains("Content Security Policy"), refused.toString());
        assertTrue(!driver.getTitle().equals("ran") && !driver.getTitle().equals("clicked"), driver.getTitle());
    }


}
