package org.civicvoice.participation.organisation;

import org.civicvoice.participation.testsupport.BrowserJourney;
import org.civicvoice.participation.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A platform administrator in Chromium changes a body's description in English and Khmer and invites an official
 * of it.
 */
class DirectoryAdministrationJourney extends BrowserJourney {






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

        driver.get(base + "organisation/body.xhtml?slug=hillview&lang=km");
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "សាលាក្រុងទិដ្ឋភាពភ្នំ"));
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("ឥឡូវមានក្រុមប្រឹក្សាយុវជន"));
    }


}
