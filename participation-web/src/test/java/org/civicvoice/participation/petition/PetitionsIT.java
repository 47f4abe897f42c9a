package org.civicvoice.participation.petition;

import org.civicvoice.participation.testsupport.ApiClient;
import org.civicvoice.participation.testsupport.Deployments;
import org.civicvoice.participation.testsupport.Http;
import org.civicvoice.participation.testsupport.Json;
import org.civicvoice.participation.testsupport.TestCitizens;
import org.civicvoice.participation.testsupport.TestMail;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.civicvoice.participation.petition.PetitionApi.number;
import static org.civicvoice.participation.petition.PetitionApi.occurrences;
import static org.civicvoice.participation.petition.PetitionApi.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Petitions through the real stack: drafting, sponsoring and moderation, exact counts under concurrent signing,
 * signing without account confirmed by mail, withdrawal, invalidation, hidden rejections, search, CSV and roles.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PetitionsIT {

    private static final Duration MAIL_WAIT = Duration.ofSeconds(30);
    private static PetitionApi api;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform();
    }

    @ArquillianResource
    URL base;

    private synchronized PetitionApi api() {
        if (api == null) {
            api = new PetitionApi(base, 30, 150, 190);
        }
        return api;
    }

    @Test
    void petitionTypesArePublicAndOnlyPlatformAdministratorsDefineThem() {
        HttpResponse<String> government = new ApiClient(base).get("api/bodies/government/petition-types");
        assertEquals(200, government.statusCode(), government.body());
        assertTrue(government.body().contains("\"code\":\"national-petition\"") && government.body().contains("10000")
                && government.body().contains("GOVERNMENT_RESPONSE") && government.body().contains("PARLIAMENT_DEBATE"),
                government.body());
        assertTrue(government.headers().firstValue("ETag").isPresent());
        assertTrue(new ApiClient(base).get("api/bodies/capital-city/petition-types").body()
                .contains("\"region\":\"DR-N-CAP\""));

        PetitionApi api = api();
        String type = "{\"code\":\"x-" + api.suffix + "\",\"name\":\"X\",\"collectionDays\":10,\"sponsorsRequired\":0,"
                + "\"thresholds\":[{\"signatures\":5,\"consequence\":\"BODY_RESPONSE\"}]}";
        assertEquals(401, new ApiClient(base).post("api/bodies/ministry-of-health/petition-types", type).statusCode());
        assertEquals(403, api.citizen("typist").post("api/bodies/ministry-of-health/petition-types", type).statusCode());
        String again = "{\"code\":\"" + api.typeCode + "\",\"name\":\"Again\",\"collectionDays\":10,"
                + "\"thresholds\":[{\"signatures\":5,\"consequence\":\"BODY_RESPONSE\"}]}";
        assertEquals(409, api.admin.post("api/bodies/ministry-of-health/petition-types", again).statusCode());
        assertEquals(400, api.admin.post("api/bodies/ministry-of-health/petition-types",
                "{\"code\":\"y-" + api.suffix + "\",\"name\":\"Y\",\"collectionDays\":10,\"thresholds\":[]}").statusCode());
    }

    @Test
    void petitionTypesAndPetitionCardsAnswerInTheReadersLanguageAndTypesAreDefinedInBothLanguages() {
        HttpResponse<String> khmer = Http.get(base, "api/bodies/government/petition-types", "Accept-Language", "km");
        assertEquals(200, khmer.statusCode(), khmer.body());
        assertEquals("ញត្តិថ្នាក់ជាតិ", Json.string(Json.parse(khmer.body()), "0.name"));
        assertTrue(khmer.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept-Language")));
        assertEquals("National petition",
                Json.string(Json.parse(Http.get(base, "api/bodies/government/petition-types").body()), "0.name"));
        Object all = Json.parse(Http.get(base, "api/bodies/government/petition-types?translations=all").body());
        assertEquals("National petition", Json.string(all, "0.translations.en.name"));
        assertEquals("ញត្តិថ្នាក់ជាតិ", Json.string(all, "0.translations.km.name"));

        PetitionApi api = api();
        String code = "km-" + api.suffix;
        HttpResponse<String> defined = api.admin.post("api/bodies/ministry-of-health/petition-types", ("{\"code\":\""
                + code + "\",\"name\":\"Health petition\",\"description\":\"Ask the ministry\",\"collectionDays\":30,"
                + "\"thresholds\":[{\"signatures\":50,\"consequence\":\"BODY_RESPONSE\"}],"
                + "\"translations\":{\"km\":{\"name\":\"ញត្តិសុខាភិបាល\",\"description\":\"ស្នើទៅក្រសួង\"}}}"));
        assertEquals(201, defined.statusCode(), defined.body());
        assertEquals("ញត្តិសុខាភិបាល", Json.string(Json.parse(defined.body()), "translations.km.name"));
        List<Object> healthTypes = Json.list(Json.parse("{\"types\":" + Http.get(base,
                "api/bodies/ministry-of-health/petition-types", "Accept-Language", "km").body() + "}"), "types");
        assertTrue(healthTypes.stream().anyMatch(t -> code.equals(Json.string(t, "code"))
                && "ញត្តិសុខាភិបាល".equals(Json.string(t, "name")) && "ស្នើទៅក្រសួង".equals(Json.string(t, "description"))),
                healthTypes.toString());
        assertTrue(healthTypes.stream().anyMatch(t -> api.typeCode.equals(Json.string(t, "code"))
                && Json.string(t, "name").startsWith("Test petition")), "an untranslated type falls back: " + healthTypes);

        String word = "kq" + api.suffix;
        long number = api.open(api.citizen("km-author"), api.citizen("km-sponsor"), "Clinics in every village " + word,
                "health");
        Object cards = Json.parse(Http.get(base, "api/petitions?q=" + word, "Accept-Language", "km").body());
        assertEquals("ក្រសួងសុខាភិបាល", Json.string(cards, "items.0.bodyName"), cards.toString());
        assertEquals("សុខាភិបាល", Json.string(cards, "items.0.topicName"));
        assertEquals("Ministry of Health",
                Json.string(Json.parse(Http.get(base, "api/petitions?q=" + word).body()), "items.0.bodyName"));
        HttpResponse<String> page = Http.get(base, "petition/view.xhtml?number=" + number + "&lang=km");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("ក្រសួងសុខាភិបាល"), page.body());
        assertTrue(page.body().contains("Clinics in every village"), "the petition's own text stays as written");
        HttpResponse<String> list = Http.get(base, "petition/index.xhtml?q=" + word + "&lang=km");
        assertTrue(list.body().contains("ក្រសួងសុខាភិបាល") && list.body().contains("សុខាភិបាល"), list.body());
    }

    @Test
    void theDemoCountryShowsPetitionsInEveryStateWithTheirCountsCasesAnswersAndOutcomes() {
        ApiClient anonymous = new ApiClient(base);
        long insulin = demoPetition("insulin", "Lower the price of insulin");
        HttpResponse<String> routed = Http.await(Duration.ofSeconds(60),
                r -> r.body().contains("\"kind\":\"THRESHOLD_REACHED\"") && r.body().contains("\"kind\":\"ROUTED\""),
                () -> anonymous.get("api/petitions/" + insulin));
        assertTrue(routed.body().contains("\"kind\":\"ROUTED\"") && routed.body().contains("Ministry of Health"),
                "the platform claimed the demo threshold and routing put a case in the ministry's queue: " + routed.body());
        assertEquals(10460, api().count(insulin), "the waiting deltas are counted exactly");

        long busLanes = demoPetition("lanes", "Bus lanes on the capital's main avenues");
        HttpResponse<String> answered = Http.await(Duration.ofSeconds(60),
                r -> r.body().contains("\"kind\":\"COMMITMENT_DONE\""), () -> anonymous.get("api/petitions/" + busLanes));
        assertTrue(answered.body().contains("\"kind\":\"ANSWERED\"") && answered.body().contains("\"kind\":\"COMMITMENT_MADE\"")
                && answered.body().contains("Paint bus lanes on Independence Avenue"), answered.body());
        assertEquals(12250, api().count(busLanes));
        String khmer = Http.get(base, "petition/view.xhtml?number=" + busLanes + "&lang=km").body();
        assertTrue(khmer.contains("ទៅ ក្រសួងសាធារណការ និងដឹកជញ្ជូន"),
                "a step stored before body names were kept by slug names the body in Khmer: " + khmer);
        assertTrue(Http.get(base, "petition/view.xhtml?number=" + insulin + "&lang=km").body()
                .contains("ទៅ ក្រសួងសុខាភិបាល"), "and so does a step routed now");
        assertTrue(answered.body().contains("{\"code\":\"DR-N-CAP\",\"name\":\"Capital City\",\"signatures\":"),
                "signatures spread over regions: " + answered.body());

        long information = demoPetition("information", "A law on access to public information");
        HttpResponse<String> heard = Http.await(Duration.ofSeconds(60),
                r -> r.body().contains("\"kind\":\"OUTCOME_RECORDED\""), () -> anonymous.get("api/petitions/" + information));
        assertTrue(heard.body().contains("\"kind\":\"HEARING_SCHEDULED\"") && heard.body().contains("Committee Room 2"),
                heard.body());
        assertEquals(1720, api().count(information));

        Object rejected = Json.parse(anonymous.get("api/petitions?state=rejected&q=pothole").body());
        long pothole = Json.number(Json.list(rejected, "items").get(0), "number");
        assertTrue(anonymous.get("api/petitions/" + pothole).body().contains("\"reason\":\"PERSONAL_CASE\""),
                "rejected with its reason");
        assertTrue(anonymous.get("api/petitions?q=library&state=closed").body()
                .contains("Keep the national library open on Sundays"), "closed below its threshold");
        assertTrue(api().moderator.get("api/moderation/petitions?limit=200").body()
                .contains("Street lights on the road to Riverside"), "one waits for a moderator");
    }

    /** The number of the demo petition with this title, found by a word of it, open or closed by now. */
    private long demoPetition(String word, String title) {
        for (String state : List.of("open", "closed", "archived")) {
            Object found = Json.parse(new ApiClient(base).get("api/petitions?limit=50&state=" + state + "&q=" + word).body());
            for (Object item : Json.list(found, "items")) {
                if (title.equals(Json.string(item, "title"))) {
                    return Json.number(item, "number");
                }
            }
        }
        throw new AssertionError("no demo petition " + title);
    }

    @Test
    void aDraftIsTheAuthorsAloneUntilModerationOpensIt() {
        PetitionApi api = api();
        ApiClient author = api.citizen("author");
        ApiClient other = api.citizen("other");
        ApiClient anonymous = new ApiClient(base);
        assertEquals(401, anonymous.post("api/petitions", api.draftJson("Anonymous drafts are refused", "health"))
                .statusCode());
        long number = api.draft(author, "Free water in every public building", "health");

        assertEquals(404, anonymous.get("api/petitions/" + number).statusCode(), "a draft is not public");
        assertEquals(404, other.get("api/petitions/" + number).statusCode());
        HttpResponse<String> mine = author.get("api/petitions/mine");
        assertTrue(mine.body().contains("\"number\":" + number), mine.body());
        assertEquals("private, no-store", mine.headers().firstValue("Cache-Control").orElse(""));

        long version = api.version(author, number);
        assertEquals(403, other.put("api/petitions/" + number, draftWithVersion(api, "Taken over by someone else", version))
                .statusCode());
        assertEquals(403, other.post("api/petitions/" + number + "/sponsoring", "").statusCode());
        HttpResponse<String> revised = author.put("api/petitions/" + number,
                draftWithVersion(api, "Free drinking water in every public building", version));
        assertEquals(200, revised.statusCode(), revised.body());
        assertEquals(409, author.put("api/petitions/" + number, draftWithVersion(api, "A stale edit of the draft", version))
                .statusCode(), "a stale version overwrites nothing");
        assertEquals(400, author.post("api/petitions", api.draftJson("Short", "health")).statusCode());

        ApiClient sponsor = api.citizen("sponsor");
        assertEquals(409, sponsor.post("api/petitions/" + number + "/signatures", "{\"sponsorCode\":\"nonsense\"}")
                .statusCode(), "a draft takes no signatures");
        long inModeration = api.inModeration(author, sponsor, "Free water fountains in every park", "health");
        assertEquals(404, anonymous.get("api/petitions/" + inModeration + "/count").statusCode(),
                "a petition that was never open has no public count");
        assertEquals(401, anonymous.get("api/moderation/petitions").statusCode());
        assertEquals(403, other.get("api/moderation/petitions").statusCode());
        assertEquals(403, other.post("api/petitions/" + inModeration + "/approval", "{\"version\":0}").statusCode());
        HttpResponse<String> queue = api.moderator.get("api/moderation/petitions?limit=200");
        assertEquals(200, queue.statusCode(), queue.body());
        assertTrue(queue.body().contains("\"number\":" + inModeration) && queue.body().contains("\"urgency\":\"ON_TIME\"")
                && queue.body().contains("\"waitingDays\":0"), queue.body());
        assertEquals(409, api.moderator.post("api/petitions/" + inModeration + "/approval", "{\"version\":999}")
                .statusCode(), "approving a version not read is refused");
        assertEquals(200, api.moderator.post("api/petitions/" + inModeration + "/approval",
                "{\"version\":" + api.version(api.moderator, inModeration) + "}").statusCode());
        HttpResponse<String> open = anonymous.get("api/petitions/" + inModeration);
        assertEquals(200, open.statusCode(), open.body());
        assertEquals("OPEN", string(open.body(), "state"));
        assertTrue(open.body().contains("\"kind\":\"OPENED\"") && !open.body().contains("\"kind\":\"CREATED\""),
                "the public timeline hides the internal steps: " + open.body());
        assertNull(string(open.body(), "sponsorLink"));
        assertEquals(200, anonymous.get("api/petitions/" + inModeration + "/count").statusCode());
        assertTrue(TestMail.awaitMail(emailOf(author), "open for signatures", 0, MAIL_WAIT).contains("/petition/view.xhtml"));

        assertEquals(403, other.post("api/petitions/" + inModeration + "/withdrawal", "").statusCode());
        HttpResponse<String> withdrawn = author.post("api/petitions/" + inModeration + "/withdrawal", "");
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        assertEquals("WITHDRAWN", string(withdrawn.body(), "state"));
    }

    @Test
    void theAuthorIsMailedAtEachStepInTheirLanguageUnlessTheyTurnedUpdatesOff() {
        PetitionApi api = new PetitionApi(base, 30, 3, 1000);
        ApiClient author = api.citizen("told-author");
        long number = api.open(author, api.citizen("told-sponsor"), "Shade trees on market streets " + api.suffix,
                "environment");
        String authorEmail = emailOf(author);
        assertTrue(TestMail.awaitMail(authorEmail, "Your petition is with the moderators", 0, MAIL_WAIT)
                .contains("/petition/view.xhtml?number=" + number));
        TestMail.awaitMail(authorEmail, "Your petition is open for signatures", 0, MAIL_WAIT);
        assertEquals(201, api.citizen("told-signer").post("api/petitions/" + number + "/signatures",
                "{\"publicName\":false,\"notify\":false}").statusCode());
        String reached = TestMail.awaitMail(authorEmail, "Your petition reached 3 signatures", 0, MAIL_WAIT);
        assertTrue(reached.contains("asked to answer") && reached.contains("/petition/view.xhtml?number=" + number),
                reached);

        ApiClient khmer = api.citizen("told-khmer");
        assertEquals(200, khmer.put("api/accounts/me", "{\"displayName\":\"Dara Told\",\"regionCode\":\"DR-N-CAP\","
                + "\"language\":\"km\",\"notifyUpdates\":true,\"notifyNews\":false}").statusCode());
        long refused = api.inModeration(khmer, api.citizen("told-khmer-sponsor"), "Paint every bench blue " + api.suffix,
                "environment", "km");
        assertEquals(200, api.moderator.post("api/petitions/" + refused + "/rejection", "{\"version\":"
                + api.version(api.moderator, refused) + ",\"reason\":\"UNCLEAR\",\"note\":\"Ask the city.\"}")
                .statusCode());
        String rejection = TestMail.awaitMail(emailOf(khmer), "ញត្តិរបស់អ្នកមិនត្រូវបានផ្សព្វផ្សាយទេ", 0, MAIL_WAIT);
        assertTrue(rejection.contains("Ask the city.") && rejection.contains("/petition/view.xhtml?number=" + refused),
                rejection);
        assertEquals(1, TestMail.count(emailOf(khmer), "ញត្តិរបស់អ្នកកំពុងនៅជាមួយអ្នកត្រួតពិនិត្យ"));
        String page = Http.get(base, "petition/view.xhtml?number=" + refused + "&lang=en").body();
        assertTrue(page.contains("<h1 lang=\"km\">Paint every bench blue"),
                "the text is marked with the language it was written in, on a page in another: " + page);
        assertTrue(Http.get(base, "petition/view.xhtml?number=" + number + "&lang=km").body()
                .contains("<h1 lang=\"en\">Shade trees on market streets"));

        ApiClient quiet = api.citizen("told-quiet");
        assertEquals(200, quiet.put("api/accounts/me", "{\"displayName\":\"Quiet Author\",\"regionCode\":\"DR-N-CAP\","
                + "\"language\":\"en\",\"notifyUpdates\":false,\"notifyNews\":false}").statusCode());
        long unheard = api.open(quiet, api.citizen("told-quiet-sponsor"), "Water taps at bus stations " + api.suffix,
                "environment");
        String guest = "told-guest-" + api.suffix + "@example.org";
        assertEquals(202, signWithoutAccount(unheard, guest).statusCode());
        TestMail.awaitMail(guest, "Confirm your signature", 0, MAIL_WAIT);
        assertEquals(0, TestMail.count(emailOf(quiet), "Your petition"),
                "mails are delivered in the order queued: the guest's came after the approval, none went to the author");
    }

    @Test
    void rejectedPetitionsShowTheirReasonAndOffensiveOnesAreHidden() {
        PetitionApi api = api();
        ApiClient author = api.citizen("rejected-author");
        ApiClient sponsor = api.citizen("rejected-sponsor");
        long original = api.open(author, sponsor, "Longer opening hours for pharmacies " + api.suffix, "health");
        long duplicate = api.inModeration(author, sponsor, "Pharmacies should open longer " + api.suffix, "health");
        long offensive = api.inModeration(author, sponsor, "An insulting text about neighbours " + api.suffix, "health");

        assertEquals(400, api.moderator.post("api/petitions/" + duplicate + "/rejection", "{\"version\":"
                + api.version(api.moderator, duplicate) + ",\"reason\":\"DUPLICATE\"}").statusCode(),
                "a duplicate names the petition it repeats");
        assertEquals(200, api.moderator.post("api/petitions/" + duplicate + "/rejection", "{\"version\":"
                + api.version(api.moderator, duplicate) + ",\"reason\":\"DUPLICATE\",\"note\":\"Sign the other one.\","
                + "\"duplicateOf\":" + original + "}").statusCode());
        HttpResponse<String> shown = new ApiClient(base).get("api/petitions/" + duplicate);
        assertEquals(200, shown.statusCode(), shown.body());
        assertTrue(shown.body().contains("\"duplicateOf\":" + original) && shown.body().contains("Sign the other one.")
                && shown.body().contains("\"reason\":\"DUPLICATE\""), shown.body());

        assertEquals(200, api.moderator.post("api/petitions/" + offensive + "/rejection", "{\"version\":"
                + api.version(api.moderator, offensive) + ",\"reason\":\"OFFENSIVE\",\"note\":\"Insults.\"}").statusCode());
        assertEquals(404, new ApiClient(base).get("api/petitions/" + offensive).statusCode());
        HttpResponse<String> rejected = new ApiClient(base).get("api/petitions?state=rejected&limit=200&q=" + api.suffix);
        assertTrue(rejected.body().contains("\"number\":" + duplicate), rejected.body());
        assertFalse(rejected.body().contains("\"number\":" + offensive + ","), rejected.body());
        HttpResponse<String> ownView = author.get("api/petitions/" + offensive);
        assertEquals(200, ownView.statusCode(), "the author still sees it");
        assertTrue(ownView.body().contains("\"reason\":\"OFFENSIVE\"") && !ownView.body().contains("Insults."),
                ownView.body());
    }

    @Test
    void fiftyParallelRequestsOfOneCitizenMakeOneSignature() throws Exception {
        PetitionApi api = api();
        long number = api.open(api.citizen("race-author"), api.citizen("race-sponsor"), "Safer crossings near schools",
                "transport");
        api.awaitCount(number, 2);
        ApiClient citizen = api.citizen("racer");
        List<Integer> statuses = inParallel(50, i -> citizen.post("api/petitions/" + number + "/signatures",
                "{\"publicName\":true,\"notify\":false}"));
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(49, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        api.awaitCount(number, 3);
        api.assertCountStays(number, 3);
        HttpResponse<String> again = citizen.post("api/petitions/" + number + "/signatures", "{}");
        assertEquals(200, again.statusCode());
        assertEquals("ALREADY_SIGNED", string(again.body(), "outcome"));
    }

    @Test
    void twoHundredCitizensAtOnceCountExactlyAndEachThresholdIsReachedOnce() throws Exception {
        PetitionApi api = api();
        String title = "More nurses for rural clinics " + api.suffix;
        ApiClient author = api.citizen("surge-author");
        long number = api.open(author, api.citizen("surge-sponsor"), title, "health");
        List<ApiClient> citizens = TestCitizens.signedIn(base, "surge", "example.org", "DR-N-CAP", 200);
        List<Integer> statuses = inParallel(200, i -> citizens.get(i).post("api/petitions/" + number + "/signatures",
                "{\"publicName\":false,\"notify\":false}"));
        assertEquals(200, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        api.awaitCount(number, 202);

        HttpResponse<String> detail = Http.await(PetitionApi.SETTLE,
                r -> occurrences(r.body(), "\"kind\":\"THRESHOLD_REACHED\"") == 2, () -> author.get("api/petitions/" + number));
        assertEquals(2, occurrences(detail.body(), "\"kind\":\"THRESHOLD_REACHED\""), detail.body());
        assertTrue(detail.body().contains("{\"code\":\"DR-N-CAP\",\"name\":\"Capital City\",\"signatures\":202}"),
                "the signers, the author and the sponsor live in the capital: " + detail.body());
        assertEquals("true", string(detail.body(), "goalReached"));
        assertEquals("100", string(detail.body(), "percent"));
        api.assertCountStays(number, 202);
        assertEquals(2, occurrences(author.get("api/petitions/" + number).body(), "\"kind\":\"THRESHOLD_REACHED\""));
    }

    @Test
    void aWithdrawnSignatureStopsCountingAndSigningAgainCountsAgain() {
        PetitionApi api = api();
        long number = api.open(api.citizen("withdraw-author"), api.citizen("withdraw-sponsor"),
                "Quiet hours on public beaches", "environment");
        ApiClient citizen = api.citizen("changer");
        assertEquals(404, citizen.delete("api/petitions/" + number + "/signatures/mine").statusCode(), "nothing to withdraw yet");
        assertEquals(201, citizen.post("api/petitions/" + number + "/signatures", "{}").statusCode());
        api.awaitCount(number, 3);
        assertEquals(204, citizen.delete("api/petitions/" + number + "/signatures/mine").statusCode());
        api.awaitCount(number, 2);
        assertEquals(401, new ApiClient(base).delete("api/petitions/" + number + "/signatures/mine").statusCode());
        HttpResponse<String> again = citizen.post("api/petitions/" + number + "/signatures", "{}");
        assertEquals(201, again.statusCode(), again.body());
        assertEquals("SIGNED", string(again.body(), "outcome"));
        api.awaitCount(number, 3);
    }

    @Test
    void aSignatureWithoutAccountCountsOnlyOnceTheLinkFromTheMailIsConfirmed() {
        PetitionApi api = api();
        long number = api.open(api.citizen("mail-author"), api.citizen("mail-sponsor"), "Bus shelters with benches",
                "transport");
        String email = "guest-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        HttpResponse<String> signed = new ApiClient(base).post("api/petitions/" + number + "/signatures",
                "{\"name\":\"Guest Signer\",\"email\":\"" + email + "\",\"region\":\"DR-S-01\",\"notify\":true}");
        assertEquals(202, signed.statusCode(), signed.body());
        assertEquals("CONFIRMATION_SENT", string(signed.body(), "outcome"));
        assertEquals(400, new ApiClient(base).post("api/petitions/" + number + "/signatures",
                "{\"name\":\"No Mail\",\"region\":\"DR-S-01\"}").statusCode());
        api.assertCountStays(number, 2);

        String mail = TestMail.awaitMail(email, "Confirm your signature", 0, MAIL_WAIT);
        assertTrue(TestMail.linkIn(mail).contains("/petition/confirm.xhtml?token="), mail);
        String token = TestMail.tokenIn(mail);
        HttpResponse<String> confirmed = new ApiClient(base).post("api/signature-confirmations",
                "{\"token\":\"" + token + "\"}");
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        assertEquals("CONFIRMED", string(confirmed.body(), "outcome"));
        api.awaitCount(number, 3);
        HttpResponse<String> twice = new ApiClient(base).post("api/signature-confirmations", "{\"token\":\"" + token + "\"}");
        assertEquals(200, twice.statusCode(), "confirming twice is fine");
        api.assertCountStays(number, 3);
        assertEquals(400, new ApiClient(base).post("api/signature-confirmations", "{\"token\":\"not-a-token\"}")
                .statusCode());
    }

    @Test
    void aSignerWithoutAccountWithdrawsOnceWithThePrivateLinkOfTheConfirmationMail() throws Exception {
        PetitionApi api = api();
        String title = "Drinking fountains at bus stations " + api.suffix;
        long number = api.open(api.citizen("leave-author"), api.citizen("leave-sponsor"), title, "transport");
        String email = "leaver-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        assertEquals(202, signWithoutAccount(number, email).statusCode());
        String mail = TestMail.awaitMail(email, "Confirm your signature", 0, MAIL_WAIT);
        String token = TestMail.tokenIn(mail);
        String key = withdrawalKeyIn(mail);
        assertFalse(key.equals(token), "the withdrawal link is not the confirmation link");
        assertEquals(200, new ApiClient(base).post("api/signature-confirmations", "{\"token\":\"" + token + "\"}")
                .statusCode());
        api.awaitCount(number, 3);

        HttpResponse<String> page = Http.get(base, "petition/withdraw.xhtml?token=" + key);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(title) && page.body().contains("Withdraw my signature"), page.body());
        api.assertCountStays(number, 3);

        ConcurrentLinkedQueue<String> outcomes = new ConcurrentLinkedQueue<>();
        List<Integer> statuses = inParallel(10, i -> {
            HttpResponse<String> answer = new ApiClient(base).post("api/signature-withdrawals", "{\"token\":\"" + key + "\"}");
            outcomes.add(String.valueOf(string(answer.body(), "outcome")));
            return answer;
        });
        assertTrue(statuses.stream().allMatch(s -> s == 200), statuses.toString());
        assertEquals(1, outcomes.stream().filter("WITHDRAWN"::equals).count(), outcomes.toString());
        assertEquals(9, outcomes.stream().filter("ALREADY_WITHDRAWN"::equals).count(), outcomes.toString());
        api.awaitCount(number, 2);

        HttpResponse<String> replayed = new ApiClient(base).post("api/signature-withdrawals", "{\"token\":\"" + key + "\"}");
        assertEquals(200, replayed.statusCode(), replayed.body());
        assertEquals("ALREADY_WITHDRAWN", string(replayed.body(), "outcome"));
        assertTrue(Http.get(base, "petition/withdraw.xhtml?token=" + key).body().contains("is withdrawn and no longer counts"));
        assertEquals(400, new ApiClient(base).post("api/signature-confirmations", "{\"token\":\"" + token + "\"}")
                .statusCode(), "the confirmation link does not count a withdrawn signature again");
        api.assertCountStays(number, 2);
        HttpResponse<String> unknown = new ApiClient(base).post("api/signature-withdrawals", "{\"token\":\"not-a-link\"}");
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("withdrawal link is unknown"), unknown.body());
    }

    @Test
    void aSignatureNotYetConfirmedIsWithdrawnWithoutCountingAndItsConfirmationLinkStopsWorking() {
        PetitionApi api = api();
        long number = api.open(api.citizen("regret-author"), api.citizen("regret-sponsor"), "Benches in every park",
                "environment");
        String email = "regret-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        assertEquals(202, signWithoutAccount(number, email).statusCode());
        String mail = TestMail.awaitMail(email, "Confirm your signature", 0, MAIL_WAIT);
        HttpResponse<String> withdrawn = new ApiClient(base).post("api/signature-withdrawals",
                "{\"token\":\"" + withdrawalKeyIn(mail) + "\"}");
        assertEquals("WITHDRAWN", string(withdrawn.body(), "outcome"), withdrawn.body());
        assertEquals(400, new ApiClient(base).post("api/signature-confirmations",
                "{\"token\":\"" + TestMail.tokenIn(mail) + "\"}").statusCode());
        api.assertCountStays(number, 2);
    }

    @Test
    void plusTagsAndDotsOfOneGmailMailboxMakeOneSignature() {
        PetitionApi api = api();
        long number = api.open(api.citizen("alias-author"), api.citizen("alias-sponsor"), "Public toilets at markets",
                "housing");
        String local = "sam.lee." + UUID.randomUUID().toString().substring(0, 6);
        String first = local + "+petitions@gmail.com";
        assertEquals(202, signWithoutAccount(number, first).statusCode());
        String token = TestMail.tokenIn(TestMail.awaitMail(first, "Confirm your signature", 0, MAIL_WAIT));
        assertEquals(200, new ApiClient(base).post("api/signature-confirmations", "{\"token\":\"" + token + "\"}")
                .statusCode());
        api.awaitCount(number, 3);

        String plain = local.replace(".", "") + "@gmail.com";
        String dotted = local.toUpperCase().replace("SAM.", "S.A.M.") + "+other@googlemail.com";
        assertEquals(202, signWithoutAccount(number, plain).statusCode(), "the same answer, nothing revealed");
        assertEquals(202, signWithoutAccount(number, dotted).statusCode());
        TestMail.awaitMail(plain, "already signed", 0, MAIL_WAIT);
        TestMail.awaitMail(dotted.toLowerCase(), "already signed", 0, MAIL_WAIT);
        assertEquals(0, TestMail.count(plain, "Confirm your signature"));
        api.assertCountStays(number, 3);
    }

    @Test
    void invalidatingByEmailDomainDropsTheCountByExactlyTheSignaturesRemoved() {
        PetitionApi api = api();
        long number = api.open(api.citizen("spam-author"), api.citizen("spam-sponsor"), "Recycling bins on every street",
                "environment");
        String domain = "spam-" + UUID.randomUUID().toString().substring(0, 6) + ".example";
        for (ApiClient bot : TestCitizens.signedIn(base, "bot", domain, "DR-E-01", 3)) {
            assertEquals(201, bot.post("api/petitions/" + number + "/signatures", "{}").statusCode());
        }
        assertEquals(201, api.citizen("honest").post("api/petitions/" + number + "/signatures", "{}").statusCode());
        api.awaitCount(number, 6);

        String pattern = "{\"domain\":\"" + domain.toUpperCase() + "\",\"reason\":\"Accounts made by a script\"}";
        assertEquals(403, api.citizen("vigilante").post("api/petitions/" + number + "/invalidations", pattern).statusCode());
        assertEquals(400, api.moderator.post("api/petitions/" + number + "/invalidations",
                "{\"reason\":\"no pattern\"}").statusCode());
        HttpResponse<String> invalidated = api.moderator.post("api/petitions/" + number + "/invalidations", pattern);
        assertEquals(201, invalidated.statusCode(), invalidated.body());
        assertEquals("3", string(invalidated.body(), "signatures"));
        api.awaitCount(number, 3);
        api.assertCountStays(number, 3);
        HttpResponse<String> listed = api.moderator.get("api/petitions/" + number + "/invalidations");
        assertTrue(listed.body().contains(domain) && listed.body().contains("Accounts made by a script"), listed.body());
        assertTrue(new ApiClient(base).get("api/petitions/" + number).body().contains("\"kind\":\"SIGNATURES_INVALIDATED\""));
    }

    @Test
    void listsAreSearchedFilteredSortedPagedCachedAndExportedAsCsv() {
        PetitionApi api = api();
        String word = "zq" + api.suffix;
        ApiClient author = api.citizen("list-author");
        ApiClient sponsor = api.citizen("list-sponsor");
        long health = api.open(author, sponsor, "Clinics open on Sundays " + word, "health");
        long transport = api.open(author, sponsor, "Night buses to the suburbs " + word, "transport");
        long formula = api.open(author, sponsor, "=SUM(1+1) and buses " + word, "health");
        assertEquals(201, api.citizen("list-fan").post("api/petitions/" + transport + "/signatures", "{}").statusCode());
        api.awaitCount(transport, 3);

        ApiClient anonymous = new ApiClient(base);
        HttpResponse<String> found = anonymous.get("api/petitions?q=" + word + "&sort=most-signed");
        assertEquals(200, found.statusCode(), found.body());
        assertEquals("3", string(found.body(), "total"), found.body());
        assertEquals(transport, number(found.body()), "most signed first: " + found.body());
        assertTrue(found.body().contains("\"links\":{") && found.body().contains("/api/petitions/" + health + "/count"));
        HttpResponse<String> byTopic = anonymous.get("api/petitions?q=" + word + "&topic=health&sort=newest");
        assertEquals("2", string(byTopic.body(), "total"), byTopic.body());
        assertEquals(formula, number(byTopic.body()), "newest first");
        assertEquals("3", string(anonymous.get("api/petitions?q=" + word + "&body=ministry-of-health").body(), "total"));
        assertEquals("0", string(anonymous.get("api/petitions?q=" + word + "&body=parliament").body(), "total"));
        assertEquals("0", string(anonymous.get("api/petitions?q=" + word + "&state=closed").body(), "total"));
        HttpResponse<String> second = anonymous.get("api/petitions?q=" + word + "&sort=closing-soon&offset=1&limit=1");
        assertEquals("true", string(second.body(), "hasMore"), second.body());
        assertEquals(transport, number(second.body()), "closing soonest first, page 2 of 3: " + second.body());
        assertEquals(400, anonymous.get("api/petitions?sort=loudest").statusCode());
        assertEquals(400, anonymous.get("api/petitions?state=draft").statusCode(), "drafts are not searchable");

        String etag = found.headers().firstValue("ETag").orElseThrow();
        assertTrue(found.headers().firstValue("Cache-Control").orElse("").contains("max-age=5"));
        assertEquals(304, Http.get(base, "api/petitions?q=" + word + "&sort=most-signed", "If-None-Match", etag).statusCode());
        assertTrue(author.get("api/petitions?q=" + word).headers().firstValue("Cache-Control").orElse("").contains("private"));

        HttpResponse<String> count = Http.get(base, "api/petitions/" + transport + "/count");
        assertEquals("public, max-age=1", count.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(count.headers().firstValue("Set-Cookie").isEmpty(), "the hot count opens no session");
        assertTrue(count.body().contains("\"updatedAt\":\""), count.body());
        assertEquals(404, Http.get(base, "api/petitions/999999999/count").statusCode());

        HttpResponse<String> csv = Http.get(base, "api/petitions.csv?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        String[] lines = csv.body().split("\r\n");
        assertEquals(4, lines.length, csv.body());
        assertTrue(lines[0].startsWith("number,title,state"), lines[0]);
        assertTrue(csv.body().contains(",'=SUM(1+1) and buses " + word + ","),
                "a formula is written as text: " + csv.body());
        assertEquals(400, Http.get(base, "api/petitions.csv?sort=loudest").statusCode());
    }

    /** The secret of the private withdrawal link in a confirmation mail. */
    static String withdrawalKeyIn(String mail) {
        Matcher link = Pattern.compile("/petition/withdraw\\.xhtml\\?token=([A-Za-z0-9_-]+)").matcher(mail);
        assertTrue(link.find(), "no withdrawal link in mail: " + mail);
        return link.group(1);
    }

    private HttpResponse<String> signWithoutAccount(long number, String email) {
        return new ApiClient(base).post("api/petitions/" + number + "/signatures",
                "{\"name\":\"Sam Lee\",\"email\":\"" + email + "\",\"region\":\"DR-W-01\"}");
    }

    private static String draftWithVersion(PetitionApi api, String title, long version) {
        String draft = api.draftJson(title, "health");
        return draft.substring(0, draft.lastIndexOf('}')) + ",\"version\":" + version + "}";
    }

    private static String emailOf(ApiClient client) {
        return string(client.get("api/accounts/me").body(), "email");
    }

    interface Call {
        HttpResponse<String> send(int index) throws Exception;
    }

    /** Sends {@code n} requests at the same moment from as many threads; answers their statuses. */
    static List<Integer> inParallel(int n, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            answers.add(pool.submit(() -> {
                start.await();
                return call.send(index).statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();
        return statuses;
    }
}
