package org.civicvoice.participation.petition;

import org.civicvoice.participation.testsupport.ApiClient;
import org.civicvoice.participation.testsupport.BrowserJourney;
import org.civicvoice.participation.testsupport.TestCitizens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.civicvoice.participation.petition.PetitionApi.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Writing a petition in Chromium, the author sees the public petitions like the title typed so far, with their
 * state and count and the advice to sign one asking the same; a title like none says so.
 */
class PetitionDuplicatesJourney extends BrowserJourney {

    @Test
    void anAuthorTypingATitleSeesSimilarPetitionsToSignInstead() {
        PetitionApi api = new PetitionApi(base, 30, 150, 190);
        String word = "lantern" + api.suffix.replaceAll("[^a-z]", "x");
        String existingTitle = "Solar " + word + " lights along village footpaths";
        long existing = api.open(api.citizen("dup-author"), api.citizen("dup-sponsor"), existingTitle, "transport");
        api.awaitCount(existing, 2);
        ApiClient writer = api.citizen("dup-writer");
        String email = string(writer.get("api/accounts/me").body(), "email");

        WebDriver driver = driver();
        driver.get(base + "petition/new.xhtml?lang=en");
        signIn(email, TestCitizens.PASSWORD);
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Start a petition"));
        assertEquals("polite", driver.findElement(By.id("similar-live")).getAttribute("aria-live"));

        WebElement title = driver.findElement(By.id("petition:title"));
        title.sendKeys("More " + word + " lights on rural paths");
        title.sendKeys(Keys.TAB);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("similar-title")));
        WebElement results = driver.findElement(By.id("petition:similar-results"));
        List<WebElement> links = results.findElements(By.cssSelector(".similar__item a"));
        assertTrue(!links.isEmpty() && links.size() <= 5, results.getText());
        assertTrue(links.get(0).getText().startsWith(existingTitle), links.get(0).getText());
        assertTrue(links.get(0).getAttribute("href").endsWith("/petition/view.xhtml?number=" + existing),
                links.get(0).getAttribute("href"));
        assertTrue(results.getText().contains("Open for signatures") && results.getText().contains("2 signatures"),
                results.getText());
        assertTrue(results.getText().contains("If one of these asks for the same, sign it instead"), results.getText());
        assertAccessible("petition-new-similar");

        title = driver.findElement(By.id("petition:title"));
        title.clear();
        title.sendKeys("Qwzxv" + api.suffix.replaceAll("[^a-z]", "q") + "ykj Vbnmq" + api.suffix.replaceAll("[^a-z]", "w"));
        driver.findElement(By.id("petition:lookForSimilar")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("similar-none")));
        assertEquals("No similar petition found. Go ahead and write yours.",
                driver.findElement(By.id("similar-none")).getText());
        assertTrue(driver.findElements(By.id("similar-title")).isEmpty());
        assertAccessible("petition-new-nothing-similar");
        signOut();
    }
}
