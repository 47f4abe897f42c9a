package org.civicvoice.participation.organisation;

import org.civicvoice.participation.testsupport.BrowserJourney;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A visitor in headless Chromium: home page, Khmer, a body's page, on a desktop and a phone, by keyboard. */
class OrganisationJourney extends BrowserJourney {






    @Test
    void aVisitorSwitchesToKhmerAndOpensABodyPageAndEveryPagePassesTheAccessibilityRules() {
        WebDriver driver = driver();
        browser.resize(1280, 900);
        driver.get(base + "?lang=en");
        assertEquals("Have your say", driver.findElement(By.tagName("h1")).getText());
        assertTrue(driver.findElement(By.id("bodies")).getText().contains("Ministry of Health"));
        assertAccessible("home-en");

        driver.findElement(By.cssSelector(".language-switcher a[lang='km']")).click();
        waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "km"));
        assertEquals("បញ្ចេញមតិរបស់អ្នក", driver.findElement(By.tagName("h1")).getText());
        assertAccessible("home-km");

        // the bodies' names are content in Khmer on a Khmer page
        driver.findElement(By.linkText("ក្រសួងសុខាភិបាល")).click();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "ក្រសួងសុខាភិបាល"));
        assertEquals("km", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("នាយកដ្ឋានសុខភាពសាធារណៈ"));
        assertAccessible("body-km");

        driver.findElement(By.cssSelector(".language-switcher a[lang='en']")).click();
        waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        assertTrue(driver.getCurrentUrl().contains("slug=ministry-of-health"), driver.getCurrentUrl());
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Ministry of Health"));
        assertAccessible("body-en");

        driver.get(base + "organisation/body.xhtml?slug=ministry-of-magic");
        assertEquals("Page not found", driver.findElement(By.tagName("h1")).getText());
        assertAccessible("not-found");
    }

    @Test
    void theKeyboardReachesTheSkipLinkFirstAndItLeadsToTheMainContent() {
        WebDriver driver = driver();
        driver.get(base + "?lang=en");
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = driver.switchTo().activeElement();
        assertEquals("Skip to main content", focused.getText());
        focused.sendKeys(Keys.ENTER);
        assertEquals("content", driver.switchTo().activeElement().getAttribute("id"));
    }

    @Test
    void onA360PixelPhoneNothingScrollsSideways() {
        WebDriver driver = driver();
        browser.resize(360, 740);
        try {
            for (String page : new String[]{"?lang=km", "organisation/body.xhtml?slug=ministry-of-education"}) {
                driver.get(base + page);
                long overflow = (Long) browser.script(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertTrue(overflow <= 0, page + " scrolls sideways by " + overflow + " px on a phone");
            }
            browser.screenshot("phone-body-km");
        } finally {
            browser.resize(1280, 900);
        }
    }


}
