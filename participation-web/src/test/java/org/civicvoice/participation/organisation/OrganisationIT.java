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
import org.civicvoice.participation.testsupport.Http;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    private static void assertNoSession(HttpResponse<String> response) {
        assertTrue(response.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                "a public page must not open an HTTP session: " + response.headers().allValues("Set-Cookie"));
    }
}
