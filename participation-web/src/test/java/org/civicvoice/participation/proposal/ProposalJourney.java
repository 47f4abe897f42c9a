package org.civicvoice.participation.proposal;

import org.civicvoice.participation.proposal.ProposalApi.Official;
import org.civicvoice.participation.testsupport.ApiClient;
import org.civicvoice.participation.testsupport.BrowserJourney;
import org.civicvoice.participation.testsupport.Http;
import org.civicvoice.participation.testsupport.TestAccounts;
import org.civicvoice.participation.testsupport.TestCitizens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A proposal's life in Chromium: a citizen writes one (the form keeps what was typed and says what is missing next
 * to each field), a moderator publishes it, another citizen supports it, officials of the addressed body answer the
 * case under four eyes, and the answer and its step show on the proposal's public page, which opens no session.
 * Every page passes the accessibility rules, the list also on a 360 px wide phone.
 */
class ProposalJourney extends BrowserJourney {

    @Test
    void aCitizensProposalIsPublishedSupportedAndAnsweredInPublic() {
        ProposalApi api = new ProposalApi(base);
        Official official = api.official(ProposalApi.BODY, "OFFICIAL", "Dara Official " + api.suffix);
        Official approver = api.official(ProposalApi.BODY, "APPROVER", "Sokha Approver " + api.suffix);
        ApiClient author = api.citizen("prp-journey-author");
        ApiClient supporter = api.citizen("prp-journey-supporter");
        String moderatorEmail = ProposalApi.emailOf(api.moderator);
        String title = "Night buses to the district hospitals " + api.suffix;

        WebDriver driver = driver();
        driver.get(base + "proposal/new.xhtml?lang=en");
        signIn(ProposalApi.emailOf(author), TestCitizens.PASSWORD);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("proposal:title")));
        assertAccessible("proposal-new");
        driver.findElement(By.id("proposal:title")).sendKeys(title);
        driver.findElement(By.id("proposal:submit")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field__message")));
        assertTrue(driver.findElement(By.id("proposal:title")).getAttribute("value").equals(title),
                "the form keeps what was typed");
        assertAccessible("proposal-new-missing");

        new Select(driver.findElement(By.id("proposal:kind"))).selectByVisibleText("An administrative action");
        driver.findElement(By.id("proposal:change")).sendKeys("Run a night bus every hour to each district hospital.");
        driver.findElement(By.id("proposal:reason")).sendKeys("Night shift nurses and visitors have no way home.");
        new Select(driver.findElement(By.id("proposal:topic"))).selectByValue("health");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("body-suggested")));
        waiting().until(d -> {
            new Select(d.findElement(By.id("proposal:body"))).selectByValue(ProposalApi.BODY);
            return true;
        });
        driver.findElement(By.id("proposal:submit")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("in-moderation")));
        String view = driver.getCurrentUrl();
        long number = Long.parseLong(view.replaceAll(".*number=(\\d+).*", "$1"));
        assertAccessible("proposal-view-in-moderation");
        signOut();

        driver.get(base + "proposal/moderation.xhtml?lang=en");
        signIn(moderatorEmail, TestCitizens.PASSWORD);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("moderation-queue")));
        driver.get(base + "proposal/moderation.xhtml?number=" + number + "&lang=en");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("publish:submit")));
        assertAccessible("proposal-moderation");
        driver.findElement(By.id("publish:submit")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                "The proposal is published"));
        signOut();

        assertNoSession(Http.get(base, "proposal/view.xhtml?number=" + number));
        assertNoSession(Http.get(base, "proposal/index.xhtml"));
        driver.get(base + "proposal/view.xhtml?number=" + number + "&lang=en");
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), title));
        assertTrue(driver.findElement(By.id("timeline")).getText().contains("Sent to Ministry of Health for an answer"),
                driver.findElement(By.id("timeline")).getText());
        assertAccessible("proposal-view-public");
        driver.findElement(By.id("sign-in-to-support")).click();
        signIn(ProposalApi.emailOf(supporter), TestCitizens.PASSWORD);
        driver.get(base + "proposal/view.xhtml?number=" + number + "&lang=en");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("support:submit"))).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("supported")));
        reloadUntil(Duration.ofSeconds(20), d -> d.findElement(By.id("support-count")).getText().contains("One support"));
        assertAccessible("proposal-view-supported");
        signOut();

        Long routedCase = ProposalApi.caseOf(number);
        assertNotNull(routedCase);
        driver.get(base + "case/view.xhtml?number=" + routedCase + "&lang=en");
        signIn(official.email(), TestAccounts.PASSWORD);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("claim:submit"))).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-assignee"), official.name()));
        driver.findElement(By.id("answerForm:text")).sendKeys("From next month a night bus leaves every hour for "
                + "each district hospital.");
        driver.findElement(By.id("answerForm:save")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("submitAnswer:submit"))).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("awaiting-approval")));
        signOut();

        driver.get(base + "case/view.xhtml?number=" + routedCase + "&lang=en");
        signIn(approver.email(), TestAccounts.PASSWORD);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("approve:submit"))).click();
        waiting().until(ExpectedConditions.alertIsPresent()).accept();
        waiting().until(ExpectedConditions.textToBe(By.id("state"), "Answered"));
        signOut();

        driver.get(base + "proposal/view.xhtml?number=" + number + "&lang=en");
        waiting().until(ExpectedConditions.textToBe(By.id("state"), "Answered"));
        String answers = driver.findElement(By.id("answers")).getText();
        assertTrue(answers.contains("a night bus leaves every hour"), answers);
        assertTrue(answers.contains(official.name()) && answers.contains(approver.name()), answers);
        String timeline = driver.findElement(By.id("timeline")).getText();
        assertTrue(timeline.contains("Ministry of Health answered"), timeline);
        assertAccessible("proposal-view-answered");

        driver.get(base + "proposal/view.xhtml?number=" + number + "&lang=km");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline"), "បានឆ្លើយតប"));
        assertAccessible("proposal-view-answered-km");

        browser.resize(360, 800);
        try {
            driver.get(base + "proposal/index.xhtml?sort=newest&lang=en");
            waiting().until(ExpectedConditions.presenceOfElementLocated(By.linkText(title)));
            assertAccessible("proposal-index-phone");
            driver.get(base + "proposal/calls.xhtml?lang=en");
            waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Calls for proposals"));
            assertAccessible("proposal-calls-phone");
        } finally {
            browser.resize(1280, 900);
        }
    }
}
