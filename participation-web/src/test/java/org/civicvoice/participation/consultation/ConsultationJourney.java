package org.civicvoice.participation.consultation;

import org.civicvoice.participation.testsupport.ApiClient;
import org.civicvoice.participation.testsupport.BrowserJourney;
import org.civicvoice.participation.testsupport.Http;
import org.civicvoice.participation.testsupport.Json;
import org.civicvoice.participation.testsupport.TestAccounts;
import org.civicvoice.participation.testsupport.TestCitizens;
import org.civicvoice.participation.testsupport.TestMail;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A consultation's loop in Chromium: while it is open, a citizen follows "Comment on this unit" beside a
 * subsection, is told next to the field that the comment is missing, comments, and sees the unit's count on the
 * consultation's page. After it closed (the real schedule opens and closes it), the body publishes version 2
 * changing that subsection, accepts the comment naming the changed unit and publishes the report; the citizen
 * reads the disposition in English and in Khmer and follows its link to the changed unit in the comparison of the
 * versions, where the deleted and inserted words show. An official opens the page for new consultations, checks a
 * draft's text with a numbering gap (the problem listed beside the source), attaches a document on the documents page
 * (told to choose a file first) and removes it after confirming, in English and Khmer. Every page passes the
 * accessibility rules; the public pages open no session.
 */
class ConsultationJourney extends BrowserJourney {

    private static final String BODY = "ministry-of-health";
    private static final Duration STATE_WAIT = Duration.ofSeconds(90);

    private static final String TEXT = """
            Public Consultation Act

            1. peatükk
            Üldsätted

            § 1. Scope of the Act
            (1) This Act regulates how drafts are published for comment.
            (2) This Act applies to ministries.

            § 2. Definitions
            In this Act:
            1) draft means a draft legislative act;
            2) body means a public authority;

            Chapter 2
            Procedure

            § 3. Publication
            (1) A body publishes a draft for at least four weeks.
            """;

    @Test
    void aCitizenCommentsOnAUnitAndFollowsItsDispositionToTheChangedWords() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        ApiClient admin = TestAccounts.platformAdministrator(base);
        ApiClient official = official(admin, suffix);
        ApiClient citizen = TestCitizens.signedIn(base, "con-journey", "DR-N-CAP");
        String citizenEmail = Json.string(Json.parse(citizen.get("api/accounts/me").body()), "email");
        ApiClient anonymous = new ApiClient(base);

        // the real schedule scans every ten seconds: open in a few seconds, closed within a minute
        Instant now = Instant.now();
        HttpResponse<String> created = official.post("api/consultations", """
                {"body":"%s","title":"Draft Public Consultation Act %s","summary":"How drafts are published.",
                 "topic":"health","region":"DR-N-CAP","opensAt":"%s","closesAt":"%s","contact":"drafts@health.example"}"""
                .formatted(BODY, suffix, now.plusSeconds(5), now.plusSeconds(60)));
        assertEquals(201, created.statusCode(), created.body());
        long number = Json.number(Json.parse(created.body()), "number");
        HttpResponse<String> imported = official.post("api/consultations/" + number + "/versions",
                textJson(TEXT, Json.number(Json.parse(created.body()), "version")));
        assertEquals(201, imported.statusCode(), imported.body());

        WebDriver driver = driver();
        driver.get(base + "account/login.xhtml?lang=en");
        signIn(citizenEmail, TestCitizens.PASSWORD);
        awaitState(anonymous, number, "OPEN");
        Object publication = Json.list(Json.parse(anonymous.get("api/consultations/" + number).body()),
                "structure.units").stream().filter(u -> String.valueOf(Json.string(u, "text")).contains("four weeks"))
                .findFirst().orElseThrow();
        String eId = Json.string(publication, "eId");
        String unitKey = Json.string(publication, "key");

        driver.get(base + "consultation/view.xhtml?number=" + number + "&lang=en");
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("comment-on-" + eId)));
        assertAccessible("consultation-view-open");
        driver.findElement(By.id("comment-on-" + eId)).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("comment:text")));
        assertTrue(driver.findElement(By.id("unit")).getText().contains("at least four weeks"),
                "the page shows the unit's text");
        assertAccessible("consultation-comment");
        driver.findElement(By.id("comment:quote")).sendKeys("four weeks");
        driver.findElement(By.id("comment:submit")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".field__message"),
                "Please fill in this field."));
        assertEquals("four weeks", driver.findElement(By.id("comment:quote")).getAttribute("value"),
                "the form keeps what was typed");
        assertAccessible("consultation-comment-missing");
        driver.findElement(By.id("comment:text")).sendKeys("Six weeks, so that volunteers can answer too.");
        driver.findElement(By.id("comment:submit")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                "your comment is published"));
        assertTrue(driver.getCurrentUrl().contains("view.xhtml?number=" + number), driver.getCurrentUrl());
        assertEquals("Comments: 1", driver.findElement(By.id("count-" + eId)).getText());
        assertAccessible("consultation-view-commented");
        List<Object> comments = array(anonymous.get("api/consultations/" + number + "/comments?unit=" + unitKey)
                .body());
        assertEquals(1, comments.size());
        assertEquals("four weeks", Json.string(comments.get(0), "quote"));
        long comment = Json.number(comments.get(0), "id");

        // after closing: version 2 changes the subsection, the comment is accepted naming it, the report published
        awaitState(anonymous, number, "CLOSED");
        HttpResponse<String> second = official.post("api/consultations/" + number + "/versions",
                textJson(TEXT.replace("four weeks", "six weeks"), ownVersion(official, number)));
        assertEquals(201, second.statusCode(), second.body());
        assertEquals(2L, Json.number(Json.parse(second.body()), "version"));
        Object changed = Json.list(Json.parse(anonymous.get("api/consultations/" + number + "/versions/2").body()),
                "units").stream().filter(u -> unitKey.equals(Json.string(u, "key"))).findFirst().orElseThrow();
        assertEquals(eId, Json.string(changed, "eId"));
        HttpResponse<String> accepted = official.post("api/consultations/" + number + "/dispositions", """
                {"comments":[%d],"disposition":"ACCEPTED","reason":"Drafts now stay open for six weeks.",
                 "unit":"%s","version":%d}""".formatted(comment, unitKey, ownVersion(official, number)));
        assertEquals(200, accepted.statusCode(), accepted.body());
        HttpResponse<String> report = official.post("api/consultations/" + number + "/report",
                "{\"version\":" + ownVersion(official, number) + "}");
        assertEquals(201, report.statusCode(), report.body());

        assertNoSession(Http.get(base, "consultation/view.xhtml?number=" + number));
        assertNoSession(Http.get(base, "consultation/diff.xhtml?number=" + number + "&from=1&to=2"));
        driver.get(base + "consultation/view.xhtml?number=" + number + "&lang=en");
        WebElement decided = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("comment-" + comment)));
        assertTrue(decided.getText().contains("Accepted") && decided.getText().contains("six weeks"),
                decided.getText());
        assertAccessible("consultation-view-report");
        driver.get(base + "consultation/view.xhtml?number=" + number + "&lang=km");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("comment-" + comment), "ទទួលយក"));
        assertAccessible("consultation-view-report-km");
        WebElement link = driver.findElement(By.id("changed-" + comment));
        assertTrue(link.getAttribute("href").endsWith("diff.xhtml?number=" + number + "&from=1&to=2#" + eId),
                link.getAttribute("href"));
        link.click();
        waiting().until(d -> d.getCurrentUrl().contains("diff.xhtml"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("diff-summary")));
        WebElement unit = driver.findElement(By.id(eId));
        assertTrue(unit.getText().contains("បានផ្លាស់ប្តូរ"), "the unit is marked as changed in words: "
                + unit.getText());
        assertEquals("four", unit.findElement(By.tagName("del")).getText());
        assertEquals("six", unit.findElement(By.tagName("ins")).getText());
        assertAccessible("consultation-diff-km");
        driver.get(base + "consultation/diff.xhtml?number=" + number + "&from=1&to=2&lang=en#" + eId);
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id(eId), "Changed"));
        assertAccessible("consultation-diff");
    }

    @Test
    void anOfficialChecksADraftAndAttachesADocumentOnTheOfficialsPagesAndRemovesItAfterConfirming()
            throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        ApiClient official = official(TestAccounts.platformAdministrator(base), suffix);
        Instant now = Instant.now();
        HttpResponse<String> created = official.post("api/consultations", """
                {"body":"%s","title":"Draft Annexes Act %s","summary":"With an annex.","topic":"health",
                 "opensAt":"%s","closesAt":"%s","contact":"drafts@health.example"}"""
                .formatted(BODY, suffix, now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(30))));
        assertEquals(201, created.statusCode(), created.body());
        long number = Json.number(Json.parse(created.body()), "number");
        Path annex = Files.createTempFile("annex", ".csv");
        Files.writeString(annex, "item,cost\nregister,2400000\n");

        WebDriver driver = driver();
        signOut();
        driver.get(base + "account/login.xhtml?lang=en");
        signIn(officialEmail(suffix), TestAccounts.PASSWORD);
        driver.get(base + "consultation/new.xhtml?lang=en");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("consultation:create")));
        assertAccessible("consultation-new");
        driver.get(base + "consultation/draft.xhtml?number=" + number + "&lang=en");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("text:source")));
        driver.findElement(By.id("text:source")).sendKeys(TEXT.replace("(1) A body publishes", "(2) A body publishes"));
        driver.findElement(By.id("text:check")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("issues")));
        assertAccessible("consultation-draft-issues");
        driver.get(base + "consultation/documents.xhtml?number=" + number + "&lang=en");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("no-documents")));
        assertAccessible("consultation-documents-empty");
        driver.findElement(By.id("upload:attach")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".field__message"),
                "Choose a file to attach."));
        assertAccessible("consultation-documents-no-file");
        driver.findElement(By.id("upload:file")).sendKeys(annex.toAbsolutePath().toString());
        driver.findElement(By.id("upload:title")).sendKeys("Cost annex");
        driver.findElement(By.id("upload:attach")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                "The document is attached"));
        assertTrue(main().contains("Cost annex"), main());
        assertAccessible("consultation-documents-listed");
        driver.get(base + "consultation/documents.xhtml?number=" + number + "&lang=km");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("list:documents:0:remove")));
        assertAccessible("consultation-documents-km");
        driver.findElement(By.id("list:documents:0:remove")).click();
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("list:documents:0:confirmRemoval")));
        assertAccessible("consultation-documents-confirm-km");
        assertEquals(1, array(official.get("api/consultations/" + number + "/documents").body()).size(),
                "nothing removed before confirming");
        driver.findElement(By.id("list:documents:0:confirmRemoval")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("no-documents")));
        assertEquals(0, array(official.get("api/consultations/" + number + "/documents").body()).size());
        Files.delete(annex);
    }

    private void awaitState(ApiClient reader, long number, String state) {
        new WebDriverWait(driver(), STATE_WAIT, Duration.ofMillis(500)).until(d -> {
            HttpResponse<String> read = reader.get("api/consultations/" + number);
            return read.statusCode() == 200 && state.equals(Json.string(Json.parse(read.body()), "state"));
        });
    }

    private static String officialEmail(String suffix) {
        return "con-journey-official-" + suffix + "@example.org";
    }

    private ApiClient official(ApiClient admin, String suffix) {
        String email = officialEmail(suffix);
        HttpResponse<String> invited = admin.post("api/bodies/" + BODY + "/officials", "{\"email\":\"" + email
                + "\",\"position\":\"Legal drafter\",\"role\":\"OFFICIAL\"}");
        assertEquals(202, invited.statusCode(), invited.body());
        String token = TestMail.tokenIn(TestMail.awaitMail(email, "invited", 0, Duration.ofSeconds(60)));
        HttpResponse<String> acceptance = new ApiClient(base).post("api/invitations/acceptance", "{\"token\":\""
                + token + "\",\"password\":\"" + TestAccounts.PASSWORD + "\",\"displayName\":\"Dana Drafter\"}");
        assertEquals(204, acceptance.statusCode(), acceptance.body());
        ApiClient client = new ApiClient(base);
        assertEquals(200, client.signIn(email, TestAccounts.PASSWORD).statusCode());
        return client;
    }

    private static long ownVersion(ApiClient official, long number) {
        return Json.number(Json.parse(official.get("api/consultations/" + number + "/own").body()), "version");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> array(String json) {
        return (List<Object>) Json.parse(json);
    }

    private static String textJson(String text, long version) {
        return "{\"text\":\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
                + "\",\"version\":" + version + "}";
    }
}
