package org.civicvoice.participation.petition;

import org.civicvoice.participation.testsupport.ApiClient;
import org.civicvoice.participation.testsupport.BrowserJourney;
import org.civicvoice.participation.testsupport.Http;
import org.civicvoice.participation.testsupport.TestAccounts;
import org.civicvoice.participation.testsupport.TestMail;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * From threshold to answer in Chromium: a petition to a new agency reaches its response threshold and becomes a
 * case in the agency's queue; an official claims it, writes and submits the answer; a second official approves
 * it; readers see the answer and the steps on the petition's public timeline, and a signer who asked for news
 * gets the mail.
 */
class PetitionAnswerJourney extends BrowserJourney {

    private static final String PASSWORD = "seven wonders of the sea";
    private static final Duration MAIL_WAIT = Duration.ofSeconds(30);

    @Test
    void aPetitionReachingItsThresholdIsAnsweredUnderFourEyesAndTheAnswerIsPublic() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        ApiClient admin = TestAccounts.platformAdministrator(base);
        String topic = "water-" + suffix;
        assertEquals(201, admin.post("api/topics", "{\"id\":\"" + topic + "\",\"name\":\"Water " + suffix + "\"}")
                .statusCode());
        String agency = "water-agency-" + suffix;
        HttpResponse<String> created = admin.post("api/bodies", ("{\"slug\":\"%s\",\"name\":\"Water Agency %s\","
                + "\"kind\":\"AGENCY\",\"parent\":\"government\",\"region\":\"DR\",\"description\":\"Drinking water\","
                + "\"topics\":[\"%s\"]}").formatted(agency, suffix, topic));
        assertEquals(201, created.statusCode(), created.body());
        String officialEmail = "official-" + suffix + "@example.org";
        String approverEmail = "approver-" + suffix + "@example.org";
        invite(admin, agency, officialEmail, "OFFICIAL", "Dara Official");
        invite(admin, agency, approverEmail, "APPROVER", "Sokha Approver");

        PetitionApi petitions = new PetitionApi(base, agency, 90, 3, 1000);
        ApiClient author = petitions.citizen("author");
        ApiClient sponsor = petitions.citizen("sponsor");
        String title = "Clean wells for every village " + suffix;
        long number = petitions.open(author, sponsor, title, topic);
        ApiClient follower = petitions.citizen("follower");
        HttpResponse<String> signed = follower.post("api/petitions/" + number + "/signatures",
                "{\"publicName\":false,\"notify\":true}");
        assertEquals(201, signed.statusCode(), signed.body());
        String followerEmail = PetitionApi.string(follower.get("api/accounts/me").body(), "email");
        petitions.awaitCount(number, 3);

        WebDriver driver = driver();
        driver.get(base + "case/index.xhtml?body=" + agency + "&lang=en");
        signIn(officialEmail);
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Water Agency"));
        reloadUntil(Duration.ofSeconds(20), d -> !d.findElements(By.linkText(title)).isEmpty());
        assertTrue(main().contains("Overdue"), "the summary names the overdue count: " + main());
        assertAccessible("case-queue");
        driver.findElement(By.linkText(title)).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("route-reason")));
        assertTrue(driver.findElement(By.id("route-reason")).getText().contains("no routing rule matched"),
                driver.findElement(By.id("route-reason")).getText());
        assertAccessible("case-view-new");
        String caseUrl = driver.getCurrentUrl();

        driver.findElement(By.id("claim:submit")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-assignee"), "Dara Official"));
        driver.findElement(By.id("answerForm:text")).sendKeys("The agency will test every village well this year "
                + "and publish the results.");
        driver.findElement(By.id("answerForm:save")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("submitAnswer:submit")));
        driver.findElement(By.id("submitAnswer:submit")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("awaiting-approval")));
        assertTrue(driver.findElements(By.id("approve:submit")).isEmpty(), "the writer cannot approve their answer");
        assertAccessible("case-view-awaiting-approval");
        signOut();

        driver.get(caseUrl + "&lang=en");
        signIn(approverEmail);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("approve:submit")));
        driver.findElement(By.id("approve:submit")).click();
        waiting().until(ExpectedConditions.alertIsPresent()).accept();
        waiting().until(ExpectedConditions.textToBe(By.id("state"), "Answered"));
        assertTrue(main().contains("Sokha Approver"), main());
        driver.get(caseUrl + "&lang=km");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("route-reason")));
        String khmerReason = driver.findElement(By.id("route-reason")).getText();
        assertTrue(khmerReason.contains("គ្មានច្បាប់បញ្ជូនណាមួយត្រូវគ្នាទេ"), "why the case is here, in Khmer: " + khmerReason);
        assertTrue(driver.findElement(By.id("history")).getText().contains("គ្មានច្បាប់បញ្ជូនណាមួយត្រូវគ្នាទេ"),
                "and its history's routing step");
        assertAccessible("case-view-answered-km");
        driver.get(caseUrl + "&lang=en");
        waiting().until(ExpectedConditions.textToBe(By.id("state"), "Answered"));
        signOut();

        assertNoSession(Http.get(base, "petition/view.xhtml?number=" + number));
        driver.get(base + "petition/view.xhtml?number=" + number + "&lang=en");
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), title));
        String answers = driver.findElement(By.id("answers")).getText();
        assertTrue(answers.contains("The agency will test every village well this year"), answers);
        assertTrue(answers.contains("Written by Dara Official, approved by Sokha Approver"), answers);
        String timeline = driver.findElement(By.cssSelector("ol.timeline")).getText();
        assertTrue(timeline.contains("Threshold reached"), timeline);
        assertTrue(timeline.contains("Sent to a body for an answer"), timeline);
        assertTrue(timeline.contains("Answered"), timeline);
        assertAccessible("petition-view-answered");
        driver.get(base + "petition/view.xhtml?number=" + number + "&lang=km");
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), title));
        String khmerTimeline = driver.findElement(By.cssSelector("ol.timeline")).getText();
        assertTrue(khmerTimeline.contains("គ្មានច្បាប់បញ្ជូនណាមួយត្រូវគ្នាទេ"), "routing's step in Khmer: " + khmerTimeline);
        assertFalse(khmerTimeline.contains("no routing rule matched"), khmerTimeline);
        assertAccessible("petition-view-answered-km");
        driver.get(base + "petition/view.xhtml?number=" + number + "&lang=en");
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), title));
        String mail = TestMail.awaitMail(followerEmail, "was answered", 0, MAIL_WAIT);
        assertTrue(mail.contains("/petition/view.xhtml?number=" + number), mail);
    }

    @Test
    void theCommitteeRecordsItsOutcomeAndAKhmerReaderReadsItInKhmer() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        ApiClient admin = TestAccounts.platformAdministrator(base);
        String memberEmail = "committee-" + suffix + "@example.org";
        invite(admin, "petitions-committee", memberEmail, "OFFICIAL", "Vanna Committee");
        PetitionApi petitions = new PetitionApi(base, "parliament", 90, 2, "PARLIAMENT_REFERRAL");
        String title = "A law on safe school buses " + suffix;
        long number = petitions.open(petitions.citizen("bus-author"), petitions.citizen("bus-sponsor"), title, "health");

        WebDriver driver = driver();
        driver.get(base + "case/index.xhtml?body=petitions-committee&lang=en");
        signIn(memberEmail);
        reloadUntil(Duration.ofSeconds(20), d -> !d.findElements(By.linkText(title)).isEmpty());
        driver.findElement(By.linkText(title)).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("outcomeForm:outcome")));
        new Select(driver.findElement(By.id("outcomeForm:outcome"))).selectByValue("DEBATED");
        driver.findElement(By.id("outcomeForm:summary")).sendKeys("Debated in plenary; the ministry will report.");
        driver.findElement(By.id("outcomeForm:submit")).click();
        waiting().until(ExpectedConditions.alertIsPresent()).accept();
        waiting().until(ExpectedConditions.textToBe(By.id("state"), "Answered"));
        String caseUrl = driver.getCurrentUrl();

        driver.get(caseUrl + "&lang=km");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("history")));
        String history = driver.findElement(By.id("history")).getText();
        assertTrue(history.contains("បានពិភាក្សា"), "the outcome in the case history, in Khmer: " + history);
        assertAccessible("case-view-outcome-km");
        driver.get(caseUrl + "&lang=en");
        waiting().until(ExpectedConditions.textToBe(By.id("state"), "Answered"));
        signOut();

        driver.get(base + "petition/view.xhtml?number=" + number + "&lang=km");
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), title));
        reloadUntil(Duration.ofSeconds(20), d -> d.findElement(By.cssSelector("ol.timeline")).getText()
                .contains("បានពិភាក្សា"));
        String timeline = driver.findElement(By.cssSelector("ol.timeline")).getText();
        assertTrue(timeline.contains("Debated in plenary"), "the committee's summary as written: " + timeline);
        assertFalse(timeline.contains("DEBATED"), "no outcome code shown: " + timeline);
        assertAccessible("petition-view-outcome-km");
        driver.get(base + "petition/view.xhtml?number=" + number + "&lang=en");
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), title));
        assertTrue(driver.findElement(By.cssSelector("ol.timeline")).getText().contains("Debated"));
    }

    private void invite(ApiClient admin, String body, String email, String role, String name) {
        assertEquals(202, admin.post("api/bodies/" + body + "/officials",
                "{\"email\":\"" + email + "\",\"position\":\"Answers officer\",\"role\":\"" + role + "\"}").statusCode());
        String token = TestMail.tokenIn(TestMail.awaitMail(email, "invited", 0, MAIL_WAIT));
        assertEquals(204, new ApiClient(base).post("api/invitations/acceptance", "{\"token\":\"" + token
                + "\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"" + name + "\"}").statusCode());
    }

    private void signIn(String email) {
        signIn(email, PASSWORD);
    }
}
