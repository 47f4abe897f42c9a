package org.civicvoice.participation.petition;

import org.civicvoice.participation.testsupport.ApiClient;
import org.civicvoice.participation.testsupport.Http;
import org.civicvoice.participation.testsupport.TestAccounts;
import org.civicvoice.participation.testsupport.TestCitizens;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The steps petition tests repeat, through the JSON API: a test type, petitions up to OPEN, counts that settle. */
final class PetitionApi {

    static final Duration SETTLE = Duration.ofSeconds(20);
    static final String BODY = "ministry-of-health";

    private final URL base;
    final String body;
    final ApiClient admin;
    final ApiClient moderator;
    final String typeCode;
    final String suffix = UUID.randomUUID().toString().substring(0, 8);

    /** A test type on {@value #BODY}: one sponsor, thresholds as given (BODY_RESPONSE, then GOVERNMENT_RESPONSE). */
    PetitionApi(URL base, int collectionDays, int firstThreshold, int secondThreshold) {
        this(base, BODY, collectionDays, firstThreshold, secondThreshold);
    }

    /** The same on another body. */
    PetitionApi(URL base, String body, int collectionDays, int firstThreshold, int secondThreshold) {
        this(base, body, collectionDays, """
                {"signatures":%d,"consequence":"BODY_RESPONSE"},{"signatures":%d,"consequence":"GOVERNMENT_RESPONSE"}"""
                .formatted(firstThreshold, secondThreshold));
    }

    /** A test type on a body with one threshold and its consequence ({@code PARLIAMENT_REFERRAL}, ...). */
    PetitionApi(URL base, String body, int collectionDays, int threshold, String consequence) {
        this(base, body, collectionDays, "{\"signatures\":%d,\"consequence\":\"%s\"}".formatted(threshold, consequence));
    }

    private PetitionApi(URL base, String body, int collectionDays, String thresholds) {
        this.base = base;
        this.body = body;
        this.admin = TestAccounts.platformAdministrator(base);
        this.typeCode = "it-" + suffix;
        HttpResponse<String> type = admin.post("api/bodies/" + body + "/petition-types", """
                {"code":"%s","name":"Test petition %s","description":"For tests","collectionDays":%d,
                 "sponsorsRequired":1,"minAssurance":"EMAIL_VERIFIED","thresholds":[%s]}"""
                .formatted(typeCode, suffix, collectionDays, thresholds));
        assertEquals(201, type.statusCode(), type.body());
        ApiClient candidate = TestCitizens.signedIn(base, "moderator", "DR-N-01");
        assertEquals(204, admin.put("api/roles/MODERATOR/members/" + candidate.accountKey(), "").statusCode());
        this.moderator = new ApiClient(base);
        String email = candidate.get("api/accounts/me").body().replaceAll("(?s).*\"email\":\"([^\"]+)\".*", "$1");
        assertEquals(200, moderator.signIn(email, TestCitizens.PASSWORD).statusCode());
    }

    ApiClient citizen(String prefix) {
        return TestCitizens.signedIn(base, prefix, "DR-N-CAP");
    }

    String draftJson(String title, String topic) {
        return """
                {"body":"%s","type":"%s","topic":"%s","title":"%s","action":"Do what the title says.",
                 "background":"Because it matters to many people."}""".formatted(body, typeCode, topic, title);
    }

    /** A draft of {@code author}; answers its number. */
    long draft(ApiClient author, String title, String topic) {
        return draft(author, title, topic, "en");
    }

    /** A draft written in the language (the language of the request that creates it). */
    long draft(ApiClient author, String title, String topic, String language) {
        HttpResponse<String> created = author.post("api/petitions?lang=" + language, draftJson(title, topic));
        assertEquals(201, created.statusCode(), created.body());
        return number(created.body());
    }

    /** Draft, sponsoring with one sponsor through the author's link, moderation: answers the number, in MODERATION. */
    long inModeration(ApiClient author, ApiClient sponsor, String title, String topic) {
        return inModeration(author, sponsor, title, topic, "en");
    }

    /** The same, written in the language. */
    long inModeration(ApiClient author, ApiClient sponsor, String title, String topic, String language) {
        long number = draft(author, title, topic, language);
        HttpResponse<String> sponsoring = author.post("api/petitions/" + number + "/sponsoring", "");
        assertEquals(200, sponsoring.statusCode(), sponsoring.body());
        String link = string(sponsoring.body(), "sponsorLink");
        assertNotNull(link, sponsoring.body());
        String code = link.substring(link.indexOf("code=") + 5);
        HttpResponse<String> signed = sponsor.post("api/petitions/" + number + "/signatures",
                "{\"publicName\":false,\"notify\":false,\"sponsorCode\":\"" + code + "\"}");
        assertEquals(201, signed.statusCode(), signed.body());
        HttpResponse<String> moved = Http.await(SETTLE, r -> "MODERATION".equals(string(r.body(), "state")),
                () -> author.get("api/petitions/" + number));
        assertEquals("MODERATION", string(moved.body(), "state"), moved.body());
        return number;
    }

    /** A petition open for signatures, with its author and one sponsor as its first two signatures. */
    long open(ApiClient author, ApiClient sponsor, String title, String topic) {
        long number = inModeration(author, sponsor, title, topic);
        HttpResponse<String> approved = moderator.post("api/petitions/" + number + "/approval",
                "{\"version\":" + version(moderator, number) + "}");
        assertEquals(200, approved.statusCode(), approved.body());
        assertEquals("OPEN", string(approved.body(), "state"));
        return number;
    }

    long version(ApiClient reader, long number) {
        return Long.parseLong(string(reader.get("api/petitions/" + number).body(), "version"));
    }

    int count(long number) {
        return Integer.parseInt(string(new ApiClient(base).get("api/petitions/" + number + "/count").body(), "signatures"));
    }

    /** Waits until the hot count shows {@code expected} (folds run every second, the cache keeps a second). */
    void awaitCount(long number, int expected) {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        int last = -1;
        while (System.nanoTime() < deadline) {
            last = count(number);
            if (last == expected) {
                return;
            }
            pause(300);
        }
        assertEquals(expected, last, "count of petition " + number);
    }

    /** Waits a few folds and checks the count did not move. */
    void assertCountStays(long number, int expected) {
        pause(3000);
        assertEquals(expected, count(number), "count of petition " + number);
    }

    static long number(String json) {
        return Long.parseLong(string(json, "number"));
    }

    /** The first value of a field in a JSON text (a string, number or boolean; null if absent or null). */
    static String string(String json, String field) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(field) + "\":(\"((?:[^\"\\\\]|\\\\.)*)\"|[^,}\\]]+)").matcher(json);
        if (!m.find()) {
            return null;
        }
        return m.group(2) != null ? m.group(2) : "null".equals(m.group(1)) ? null : m.group(1);
    }

    static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
