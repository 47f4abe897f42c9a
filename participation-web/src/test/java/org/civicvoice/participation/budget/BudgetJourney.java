package org.civicvoice.participation.budget;

import org.civicvoice.participation.testsupport.ApiClient;
import org.civicvoice.participation.testsupport.BrowserJourney;
import org.civicvoice.participation.testsupport.Http;
import org.civicvoice.participation.testsupport.Json;
import org.civicvoice.participation.testsupport.TestAccounts;
import org.civicvoice.participation.testsupport.TestCitizens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A participatory budget in Chromium: a citizen proposes a project through the form (told what is missing next to
 * each field), the body finds the projects feasible, the citizen fills the ballot on a phone-sized screen with a
 * plain form, is refused over the money with the ticks kept, then votes within it; after voting the results page
 * shows the selected projects and the computation step by step, in English and in Khmer, with no session for
 * anonymous readers. Every page passes the accessibility rules.
 */
class BudgetJourney extends BrowserJourney {

    private static final String BODY = "hillview";

    @Test
    void aCitizenProposesVotesWithinTheMoneyAndReadsTheResultAndItsComputation() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        ApiClient admin = TestAccounts.platformAdministrator(base);
        ApiClient official = BudgetApi.official(base, admin, BODY, suffix);
        ApiClient voter = TestCitizens.signedIn(base, "bud-journey", "example.org", "DR-W-HIL", 1).get(0);
        String voterEmail = Json.string(Json.parse(voter.get("api/accounts/me").body()), "email");
        Instant later = Instant.now().plus(30, ChronoUnit.DAYS);
        String slug = "journey-" + suffix;
        HttpResponse<String> created = official.post("api/budgets", """
                {"slug":"%s","body":"%s","name":"Hillview youth budget %s","description":"Projects for young people.",
                 "currency":"USD","ballotKind":"MONEY","rule":"EQUAL_SHARES","reviewAt":"%s","votingAt":"%s",
                 "resultsAt":"%s","headings":[{"slug":"youth","name":"Youth projects","amount":1000}]}"""
                .formatted(slug, BODY, suffix, later, later.plus(1, ChronoUnit.DAYS), later.plus(2, ChronoUnit.DAYS)));
        assertEquals(201, created.statusCode(), created.body());
        for (String[] p : new String[][] {{"A skate park by the school", "600"}, {"Night football lights", "300"}}) {
            assertEquals(201, voter.post("api/budgets/" + slug + "/projects", """
                    {"heading":"youth","title":"%s","description":"For the young people of Hillview.","cost":%s}"""
                    .formatted(p[0], p[1])).statusCode());
        }

        WebDriver driver = driver();
        driver.get(base + "budget/propose.xhtml?slug=" + slug + "&lang=en");
        signIn(voterEmail, TestCitizens.PASSWORD);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("project:title")));
        assertAccessible("budget-propose");
        driver.findElement(By.id("project:title")).sendKeys("A music room in the youth centre");
        driver.findElement(By.id("project:submit")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field__message")));
        assertEquals("A music room in the youth centre",
                driver.findElement(By.id("project:title")).getAttribute("value"), "the form keeps what was typed");
        assertAccessible("budget-propose-missing");
        new Select(driver.findElement(By.id("project:heading"))).selectByValue("youth");
        driver.findElement(By.id("project:description")).sendKeys("Instruments and a sound-proofed room.");
        driver.findElement(By.id("project:cost")).sendKeys("350");
        driver.findElement(By.id("project:submit")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Your project is proposed"));
        assertAccessible("budget-process-proposing");

        List<Object> projects = Json.list(Json.parse(new ApiClient(base).get("api/budgets/" + slug).body()), "projects");
        assertEquals(3, projects.size());
        for (Object p : projects) {
            long id = Json.number(p, "id");
            assertNotNull(BudgetApi.awaitCase(id), "routing opened the review case");
            assertEquals(200, official.post("api/budgets/projects/" + id + "/review", "{\"feasible\":true}").statusCode());
        }
        assertEquals(200, official.post("api/budgets/" + slug + "/phase", "{\"from\":\"PROPOSALS\"}").statusCode());
        assertEquals(200, official.post("api/budgets/" + slug + "/phase", "{\"from\":\"REVIEW\"}").statusCode());

        browser.resize(360, 800);
        try {
            driver.get(base + "budget/process.xhtml?slug=" + slug + "&lang=en");
            waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("vote-youth"))).click();
            waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("ballot:save")));
            assertAccessible("budget-ballot-phone");
            for (WebElement box : driver.findElements(By.name("project"))) {
                box.click();
            }
            driver.findElement(By.id("ballot:save")).click();
            waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("ballot-messages"),
                    "more than the 1,000 available"));
            assertEquals(3, driver.findElements(By.cssSelector("input[name=project]:checked")).size(),
                    "the refused ballot keeps what was ticked");
            assertAccessible("budget-ballot-over");
            String skatePark = projects.stream().filter(p -> Json.string(p, "title").startsWith("A skate park"))
                    .map(p -> Long.toString(Json.number(p, "id"))).findFirst().orElseThrow();
            driver.findElement(By.id("project-" + skatePark)).click();
            driver.findElement(By.id("ballot:save")).click();
            waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("ballot-messages"),
                    "Your ballot is saved and counts"));
            assertTrue(driver.findElement(By.id("money-left")).getText().contains("Left: 350 USD"),
                    driver.findElement(By.id("money-left")).getText());
            assertAccessible("budget-ballot-saved");
        } finally {
            browser.resize(1280, 900);
        }
        signOut();

        assertEquals(200, official.post("api/budgets/" + slug + "/phase", "{\"from\":\"VOTING\"}").statusCode());
        assertNoSession(Http.get(base, "budget/results.xhtml?slug=" + slug));
        assertNoSession(Http.get(base, "budget/index.xhtml"));
        driver.get(base + "budget/results.xhtml?slug=" + slug + "&lang=en");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("votes-youth")));
        String votes = driver.findElement(By.id("votes-youth")).getText();
        assertTrue(votes.contains("Night football lights") && votes.contains("Selected"), votes);
        driver.findElement(By.cssSelector("#computation-youth summary")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("computation-youth"), "ρ = "));
        assertAccessible("budget-results");
        driver.get(base + "budget/results.xhtml?slug=" + slug + "&lang=km");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "លទ្ធផល"));
        assertAccessible("budget-results-km");
        driver.get(base + "budget/process.xhtml?slug=" + slug + "&lang=km");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("phase"), "លទ្ធផល"));
        assertAccessible("budget-process-km");
    }
}
