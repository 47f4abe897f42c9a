package org.civicvoice.participation.petition;

import org.civicvoice.participation.testsupport.BrowserJourney;
import org.civicvoice.participation.testsupport.Http;
import org.civicvoice.participation.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A platform administrator in Chromium looks at the petition types of a body, is told what is wrong with a type
 * without thresholds, then defines one with a threshold and sees it in the body's list.
 */
class PetitionTypesJourney extends BrowserJourney {

    @Test
    void anAdministratorDefinesAPetitionTypeForABody() {
        assertEquals(302, Http.get(base, "petition/types.xhtml").statusCode(), "only administrators see the page");
        TestAccounts.platformAdministrator(base);
        WebDriver driver = driver();
        driver.get(base + "petition/types.xhtml?lang=en");
        signIn(TestAccounts.ADMIN_EMAIL, TestAccounts.PASSWORD);
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Petition types"));

        new Select(driver.findElement(By.id("body-choice"))).selectByValue("hillview");
        driver.findElement(By.id("show-types")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("types-title")));
        assertTrue(driver.getCurrentUrl().contains("body=hillview"), driver.getCurrentUrl());
        assertAccessible("petition-types");

        String code = "hillview-local-" + UUID.randomUUID().toString().substring(0, 6);
        new Select(driver.findElement(By.id("define:body"))).selectByValue("hillview");
        driver.findElement(By.id("define:code")).sendKeys(code);
        driver.findElement(By.id("define:name")).sendKeys("Hillview local initiative");
        driver.findElement(By.id("define:description")).sendKeys("A proposal to the municipal council.");
        driver.findElement(By.id("define:submit")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                "Each threshold is a number of signatures or a percentage"));
        assertEquals(code, driver.findElement(By.id("define:code")).getAttribute("value"), "what was typed stays");
        assertAccessible("petition-types-refused");

        driver.findElement(By.id("define:thresholds:0:signatures")).sendKeys("500");
        new Select(driver.findElement(By.id("define:thresholds:0:consequence"))).selectByValue("BODY_RESPONSE");
        driver.findElement(By.id("define:thresholds:1:signatures")).sendKeys("2000");
        new Select(driver.findElement(By.id("define:thresholds:1:consequence"))).selectByValue("PARLIAMENT_REFERRAL");
        driver.findElement(By.id("define:submit")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                "The petition type “Hillview local initiative” is defined."));
        String row = driver.findElement(By.id("type-" + code)).getText();
        assertTrue(row.contains("500 signatures: response of the body") && row.contains("2,000 signatures: referral to parliament"),
                row);
        assertFalse(main().contains("No petition type applies"), main());
        assertTrue(Http.get(base, "api/bodies/hillview/petition-types").body().contains("\"" + code + "\""),
                "authors can choose it");
    }
}
