package org.civicvoice.participation.organisation;

import jakarta.inject.Inject;
import org.civicvoice.participation.organisation.boundary.GovernmentBodies;
import org.civicvoice.participation.organisation.boundary.Regions;
import org.civicvoice.participation.organisation.boundary.Topics;
import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.organisation.entity.BodyFilter;
import org.civicvoice.participation.organisation.entity.BodyKind;
import org.civicvoice.participation.organisation.entity.BodyNode;
import org.civicvoice.participation.organisation.entity.BodySlug;
import org.civicvoice.participation.organisation.entity.Region;
import org.civicvoice.participation.organisation.entity.RegionKind;
import org.civicvoice.participation.organisation.entity.Topic;
import org.civicvoice.participation.organisation.entity.UnknownBody;
import org.civicvoice.participation.shared.ResultPage;
import org.civicvoice.participation.testsupport.Deployments;
import org.civicvoice.participation.testsupport.ApiClient;
import org.civicvoice.participation.testsupport.Http;
import org.civicvoice.participation.testsupport.Json;
import org.civicvoice.participation.testsupport.TestAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The organisation model on MariaDB, as migrated and seeded by db-migrations, seen through its boundaries and the API. */
@ExtendWith(ArquillianExtension.class)
class OrganisationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.platform(OrganisationIT.class);
    }

    @Inject
    GovernmentBodies bodies;

    @Inject
    Regions regions;

    @Inject
    Topics topics;

    @ArquillianResource
    URL base;

    @Test
    void theDemoCountryHasAGovernmentWithEightMinistriesAParliamentWithAPetitionsCommitteeAndThreeMunicipalities() {
        List<BodyNode> tree = bodies.hierarchy();
        BodyNode government = tree.get(0);
        assertEquals(BodyKind.GOVERNMENT, government.body().getKind());
        assertEquals(8, government.children().stream().filter(n -> n.body().getKind() == BodyKind.MINISTRY).count());

        BodyNode parliament = tree.stream().filter(n -> n.body().getKind() == BodyKind.PARLIAMENT).findFirst().orElseThrow();
        assertTrue(parliament.children().stream().anyMatch(n -> n.body().getSlug().equals("petitions-committee")));

        assertEquals(3, tree.stream().filter(n -> n.body().getKind() == BodyKind.MUNICIPALITY).count());
    }

    @Test
    void aBodyIsFoundByItsIdentifierWithItsTopicsParentAndRegion() {
        Body health = bodies.find(BodySlug.of("ministry-of-health"));
        assertEquals("Ministry of Health", health.getName());
        assertEquals("government", health.getParent().getSlug());
        assertEquals("DR", health.getRegion().getCode());
        assertEquals(List.of("health"), health.getTopics().stream().map(Topic::getSlug).toList());
        assertEquals(List.of("department-of-public-health"),
                bodies.subBodies(health.slug()).stream().map(Body::getSlug).toList());
    }

    @Test
    void anUnknownBodyIsRefusedWithItsIdentifier() {
        UnknownBody refused = assertThrows(UnknownBody.class, () -> bodies.find(BodySlug.of("ministry-of-magic")));
        assertEquals(List.of("ministry-of-magic"), refused.arguments());
    }

    @Test
    void bodiesAreListedInPagesAndFilteredByKindTopicAndParent() {
        ResultPage<Body> ministries = bodies.list(new BodyFilter(Optional.of(BodyKind.MINISTRY), Optional.empty(),
                Optional.empty(), Optional.empty()), 0, 5);
        assertEquals(8, ministries.total());
        assertEquals(5, ministries.items().size());
        assertTrue(ministries.hasNext());
        ResultPage<Body> rest = bodies.list(new BodyFilter(Optional.of(BodyKind.MINISTRY), Optional.empty(),
                Optional.empty(), Optional.empty()), 5, 5);
        assertEquals(3, rest.items().size());
        assertFalse(rest.hasNext());

        ResultPage<Body> health = bodies.list(new BodyFilter(Optional.empty(), Optional.of("health"),
                Optional.empty(), Optional.empty()), 0, 50);
        assertEquals(List.of("department-of-public-health", "ministry-of-health"),
                health.items().stream().map(Body::getSlug).toList());

        ResultPage<Body> underGovernment = bodies.list(new BodyFilter(Optional.empty(), Optional.empty(),
                Optional.of(BodySlug.of("government")), Optional.empty()), 0, 50);
        assertEquals(8, underGovernment.total());
        assertTrue(bodies.list(BodyFilter.all(), 0, 50).total() >= 18, "the demo bodies, and any added by other tests");
    }

    @Test
    void regionsFormATreeUnderTheCountryAndTenTopicsExist() {
        List<Region> all = regions.all();
        Region country = all.get(0);
        assertEquals(RegionKind.COUNTRY, country.getKind());
        assertEquals(4, all.stream().filter(r -> r.getKind() == RegionKind.PROVINCE).count());
        assertTrue(all.stream().filter(r -> r.getKind() == RegionKind.PROVINCE).allMatch(r -> r.getParent().equals(country)));
        assertEquals(3, all.stream().filter(r -> r.getKind() == RegionKind.MUNICIPALITY).count());
        assertEquals("DR-N", regions.find("DR-N-CAP").getParent().getCode());
        assertTrue(topics.all().stream().map(Topic::getSlug).toList().containsAll(List.of("health", "education",
                "economy", "environment", "transport", "safety", "justice", "agriculture", "housing", "culture")),
                "the ten demo topics");
    }

    @Test
    @RunAsClient
    void theApiListsBodiesInPagesAndFiltersThem() {
        HttpResponse<String> page = Http.get(base, "api/bodies?kind=ministry&limit=3");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(page.body().contains("\"total\":8"), page.body());
        assertTrue(page.body().contains("\"hasMore\":true"), page.body());
        assertTrue(page.headers().firstValue("Cache-Control").orElse("").contains("max-age"));

        HttpResponse<String> health = Http.get(base, "api/bodies/ministry-of-health");
        assertEquals(200, health.statusCode());
        assertTrue(health.body().contains("\"parent\":\"government\""), health.body());
        assertTrue(health.body().contains("department-of-public-health"), health.body());
    }

    @Test
    @RunAsClient
    void anUnchangedListIsAnsweredNotModified() {
        HttpResponse<String> first = Http.get(base, "api/topics");
        String tag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = Http.get(base, "api/topics", "If-None-Match", tag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
    }

    @Test
    @RunAsClient
    void theApiAnswersUnknownBodiesAndBadFiltersWithAProblem() {
        HttpResponse<String> unknown = Http.get(base, "api/bodies/ministry-of-magic");
        assertEquals(404, unknown.statusCode());
        assertEquals("application/problem+json", unknown.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(unknown.body().contains("ministry-of-magic"), unknown.body());

        HttpResponse<String> khmer = Http.get(base, "api/bodies/ministry-of-magic", "Accept-Language", "km");
        assertTrue(khmer.body().contains("គ្មានស្ថាប័នរដ្ឋ"), khmer.body());

        HttpResponse<String> badKind = Http.get(base, "api/bodies?kind=castle");
        assertEquals(400, badKind.statusCode());
        assertEquals("application/problem+json", badKind.headers().firstValue("Content-Type").orElseThrow());

        HttpResponse<String> badPath = Http.get(base, "api/nothing-here");
        assertEquals(404, badPath.statusCode());
        assertEquals("application/problem+json", badPath.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    @RunAsClient
    void theApiServesRegionsAndTopics() {
        HttpResponse<String> regionList = Http.get(base, "api/regions");
        assertEquals(200, regionList.statusCode());
        assertTrue(regionList.body().contains("\"code\":\"DR-N-CAP\""), regionList.body());
        assertEquals(404, Http.get(base, "api/regions/XX").statusCode());
        HttpResponse<String> topicList = Http.get(base, "api/topics");
        assertTrue(topicList.body().contains("\"id\":\"health\""), topicList.body());
    }

    @Test
    @RunAsClient
    void theHomePageListsTheBodiesInEnglishAndKhmerWithoutOpeningASession() {
        HttpResponse<String> english = Http.get(base, "");
        assertEquals(200, english.statusCode());
        assertTrue(english.body().contains("Ministry of Health"));
        assertTrue(english.body().contains("lang=\"en\""));
        assertTrue(english.body().contains("id=\"petitions-title\""), "the petitions section, empty or not");
        assertNoSession(english);

        HttpResponse<String> khmer = Http.get(base, "?lang=km");
        assertTrue(khmer.body().contains("lang=\"km\""));
        assertTrue(khmer.body().contains("បញ្ចេញមតិរបស់អ្នក"));
        assertTrue(khmer.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("lang=km")));
        assertNoSession(khmer);

        HttpResponse<String> remembered = Http.get(base, "", "Cookie", "lang=km");
        assertTrue(remembered.body().contains("lang=\"km\""));

        HttpResponse<String> browserPreference = Http.get(base, "", "Accept-Language", "km-KH,km;q=0.9,en;q=0.5");
        assertTrue(browserPreference.body().contains("lang=\"km\""));
    }

    @Test
    @RunAsClient
    void aBodyPageShowsItsTopicsAndSubBodiesAndAnUnknownBodyGetsTheFriendlyNotFoundPage() {
        HttpResponse<String> page = Http.get(base, "organisation/body.xhtml?slug=ministry-of-health");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<h1>Ministry of Health</h1>"), page.body());
        assertTrue(page.body().contains("Department of Public Health"));
        assertTrue(page.body().contains("Health"));
        assertNoSession(page);

        HttpResponse<String> unknown = Http.get(base, "organisation/body.xhtml?slug=ministry-of-magic");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("Page not found"), unknown.body());

        HttpResponse<String> malformed = Http.get(base,
                "organisation/body.xhtml?slug=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assertEquals(404, malformed.statusCode());
        assertFalse(malformed.body().contains("<script>alert(1)"), "input is never echoed unescaped");

        HttpResponse<String> noSuchPage = Http.get(base, "no-such-page.xhtml");
        assertEquals(404, noSuchPage.statusCode());
        assertTrue(noSuchPage.body().contains("Page not found"));
    }

    @Test
    void aBodyTopicAndRegionAnswerTheirKhmerTextsAndFallBackToEnglishForOtherLanguages() {
        Body health = bodies.find(BodySlug.of("ministry-of-health"));
        assertEquals("ក្រសួងសុខាភិបាល", health.name("km"));
        assertEquals("Ministry of Health", health.name("en"));
        assertEquals("MoH", health.shortName("km"), "a short name without translation falls back");
        assertEquals("Ministry of Health", health.name("fr"));
        assertEquals("សុខាភិបាល", topics.find("health").name("km"));
        assertEquals("ខេត្តភាគខាងជើង", regions.find("DR-N").name("km"));
        List<String> demoBodies = List.of("government", "ministry-of-health", "ministry-of-education",
                "ministry-of-finance", "ministry-of-environment", "ministry-of-transport", "ministry-of-interior",
                "ministry-of-justice", "ministry-of-agriculture", "department-of-public-health", "department-of-schools",
                "tax-department", "road-safety-agency", "parliament", "petitions-committee", "capital-city", "riverside",
                "hillview");
        assertTrue(bodies.all().stream().filter(b -> demoBodies.contains(b.getSlug()))
                .allMatch(b -> b.translations().containsKey("km")), "every demo body has its Khmer name");
        assertEquals(18, bodies.all().stream().filter(b -> demoBodies.contains(b.getSlug())).count());
        assertTrue(topics.all().stream().filter(t -> !t.getSlug().contains("-")).allMatch(t -> t.translations().containsKey("km")),
                "every demo topic has its Khmer name");
        assertTrue(regions.all().stream().filter(r -> r.getCode().matches("DR(-[NSEW](-(0[12]|CAP|RIV|HIL))?)?"))
                .allMatch(r -> r.translations().containsKey("km")), "every demo region has its Khmer name");
    }

    @Test
    @RunAsClient
    void theKhmerPagesShowKhmerNamesOfBodiesTopicsAndRegionsAndAnUntranslatedBodyInEnglish() {
        HttpResponse<String> page = Http.get(base, "organisation/body.xhtml?slug=ministry-of-health&lang=km");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<h1>ក្រសួងសុខាភិបាល</h1>"), page.body());
        assertTrue(page.body().contains("នាយកដ្ឋានសុខភាពសាធារណៈ"), "the sub-body in Khmer");
        assertTrue(page.body().contains("សុខាភិបាល"), "the topic in Khmer");
        assertFalse(page.body().contains("Ministry of Health"), page.body());
        assertNoSession(page);

        HttpResponse<String> english = Http.get(base, "organisation/body.xhtml?slug=ministry-of-health", "Cookie", "lang=en");
        assertTrue(english.body().contains("<h1>Ministry of Health</h1>"), english.body());

        HttpResponse<String> home = Http.get(base, "?lang=km");
        assertTrue(home.body().contains("ក្រសួងសុខាភិបាល"), home.body());

        ApiClient admin = TestAccounts.platformAdministrator(base);
        String slug = "untranslated-office-" + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> created = admin.post("api/bodies", "{\"slug\":\"" + slug
                + "\",\"name\":\"Untranslated Office\",\"kind\":\"AGENCY\",\"parent\":\"ministry-of-health\"}");
        assertEquals(201, created.statusCode(), created.body());
        HttpResponse<String> fallback = Http.get(base, "organisation/body.xhtml?slug=" + slug + "&lang=km");
        assertEquals(200, fallback.statusCode());
        assertTrue(fallback.body().contains("<h1>Untranslated Office</h1>"), fallback.body());
        assertTrue(fallback.body().contains("ក្រសួងសុខាភិបាល"), "its parent in Khmer");
    }

    @Test
    @RunAsClient
    void theApiAnswersInTheReadersLanguageAndEveryLanguageOnRequest() {
        HttpResponse<String> khmer = Http.get(base, "api/bodies/ministry-of-health", "Accept-Language", "km");
        assertEquals(200, khmer.statusCode());
        Object khmerBody = Json.parse(khmer.body());
        assertEquals("ក្រសួងសុខាភិបាល", Json.string(khmerBody, "body.name"));
        assertTrue(Json.string(khmerBody, "body.description").startsWith("ទទួលខុសត្រូវ"));
        assertNull(Json.at(khmerBody, "body.translations"), "one language unless asked for all");
        assertTrue(khmer.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept-Language")),
                khmer.headers().map().toString());

        HttpResponse<String> english = Http.get(base, "api/bodies/ministry-of-health");
        assertEquals("Ministry of Health", Json.string(Json.parse(english.body()), "body.name"));
        assertNotEquals(english.headers().firstValue("ETag"), khmer.headers().firstValue("ETag"),
                "each language is its own representation");
        assertEquals("ក្រសួងសុខាភិបាល",
                Json.string(Json.parse(Http.get(base, "api/bodies/ministry-of-health?lang=km").body()), "body.name"));
        assertEquals("Ministry of Health", Json.string(Json.parse(Http.get(base, "api/bodies/ministry-of-health",
                "Cookie", "lang=km").body()), "body.name"), "the API reads no cookie");

        Object all = Json.parse(Http.get(base, "api/bodies/ministry-of-health?translations=all").body());
        assertEquals("Ministry of Health", Json.string(all, "body.translations.en.name"));
        assertEquals("ក្រសួងសុខាភិបាល", Json.string(all, "body.translations.km.name"));
        assertEquals("MoH", Json.string(all, "body.translations.en.shortName"));

        Object ministries = Json.parse(Http.get(base, "api/bodies?kind=ministry&limit=50", "Accept-Language", "km").body());
        assertTrue(Json.list(ministries, "items").stream().anyMatch(b -> "ក្រសួងមហាផ្ទៃ".equals(Json.string(b, "name"))),
                ministries.toString());

        Object topicList = Json.parse(Http.get(base, "api/topics", "Accept-Language", "km-KH,km;q=0.9").body());
        assertTrue(topicList.toString().contains("សុខាភិបាល"), topicList.toString());
        Object topicsAll = Json.parse("{\"topics\":" + Http.get(base, "api/topics?translations=all").body() + "}");
        Object healthTopic = Json.list(topicsAll, "topics").stream().filter(t -> "health".equals(Json.string(t, "id")))
                .findFirst().orElseThrow();
        assertEquals("Health", Json.string(healthTopic, "translations.en.name"));
        assertEquals("សុខាភិបាល", Json.string(healthTopic, "translations.km.name"));
        HttpResponse<String> regionsKm = Http.get(base, "api/regions/DR-N", "Accept-Language", "km");
        assertEquals("ខេត្តភាគខាងជើង", Json.string(Json.parse(regionsKm.body()), "name"));
        assertTrue(Http.get(base, "api/regions").body().contains("\"name\":\"Northern Province\""));
    }

    @Test
    @RunAsClient
    void anAdministratorWritesABodyTopicAndRegionInBothLanguagesThroughTheApi() {
        ApiClient admin = TestAccounts.platformAdministrator(base);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String slug = "youth-office-" + suffix;
        String draft = "{\"slug\":\"" + slug + "\",\"name\":\"Youth Office\",\"kind\":\"AGENCY\","
                + "\"description\":\"Youth work\",\"translations\":{\"km\":{\"name\":\"%s\",\"description\":\"%s\"}}}";
        HttpResponse<String> created = admin.post("api/bodies", draft.formatted("ការិយាល័យយុវជន", "ការងារយុវជន"));
        assertEquals(201, created.statusCode(), created.body());
        Object body = Json.parse(created.body());
        assertEquals("ការិយាល័យយុវជន", Json.string(body, "translations.km.name"));
        assertEquals("ការិយាល័យយុវជន", Json.string(Json.parse(Http.get(base, "api/bodies/" + slug,
                "Accept-Language", "km").body()), "body.name"));

        long version = Json.number(body, "version");
        HttpResponse<String> renamed = admin.put("api/bodies/" + slug + "?version=" + version,
                draft.formatted("ការិយាល័យកិច្ចការយុវជន", "ការងារយុវជន"));
        assertEquals(200, renamed.statusCode(), renamed.body());
        assertTrue(Json.number(Json.parse(renamed.body()), "version") > version, "a change of the Khmer text alone is a change");
        assertEquals(409, admin.put("api/bodies/" + slug + "?version=" + version,
                draft.formatted("ចាស់", "ចាស់")).statusCode(), "a stale edit overwrites nothing");
        HttpResponse<String> khmerPage = Http.get(base, "organisation/body.xhtml?slug=" + slug, "Accept-Language", "km");
        assertTrue(khmerPage.body().contains("<h1>ការិយាល័យកិច្ចការយុវជន</h1>"), khmerPage.body());

        long current = Json.number(Json.parse(renamed.body()), "version");
        HttpResponse<String> untranslated = admin.put("api/bodies/" + slug + "?version=" + current,
                "{\"slug\":\"" + slug + "\",\"name\":\"Youth Office\",\"kind\":\"AGENCY\"}");
        assertEquals(200, untranslated.statusCode(), untranslated.body());
        assertEquals("Youth Office", Json.string(Json.parse(Http.get(base, "api/bodies/" + slug,
                "Accept-Language", "km").body()), "body.name"), "without its Khmer text the body falls back to English");

        assertEquals(400, admin.post("api/bodies", ("{\"slug\":\"x-" + slug + "\",\"name\":\"X\",\"kind\":\"AGENCY\","
                + "\"translations\":{\"fr\":{\"name\":\"Bureau\"}}}")).statusCode(), "only platform languages");

        String topic = "youth-" + suffix;
        HttpResponse<String> topicCreated = admin.post("api/topics", "{\"id\":\"" + topic
                + "\",\"name\":\"Youth\",\"translations\":{\"km\":{\"name\":\"យុវជន\"}}}");
        assertEquals(201, topicCreated.statusCode(), topicCreated.body());
        assertTrue(Http.get(base, "api/topics?lang=km").body().contains("\"id\":\"" + topic + "\",\"name\":\"យុវជន\""),
                "the new topic in Khmer");

        String region = "DR-S-" + suffix.substring(0, 4).toUpperCase();
        HttpResponse<String> regionCreated = admin.post("api/regions", "{\"code\":\"" + region
                + "\",\"name\":\"Bay District\",\"kind\":\"DISTRICT\",\"parent\":\"DR-S\","
                + "\"translations\":{\"km\":{\"name\":\"ស្រុកឆ្នេរ\"}}}");
        assertEquals(201, regionCreated.statusCode(), regionCreated.body());
        assertEquals("ស្រុកឆ្នេរ", Json.string(Json.parse(Http.get(base, "api/regions/" + region, "Accept-Language", "km")
                .body()), "name"));
    }

    private static void assertNoSession(HttpResponse<String> response) {
        assertTrue(response.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                "a public page must not open an HTTP session: " + response.headers().allValues("Set-Cookie"));
    }
}
