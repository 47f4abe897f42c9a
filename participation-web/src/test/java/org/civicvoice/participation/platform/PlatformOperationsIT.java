package org.civicvoice.participation.platform;

import org.civicvoice.participation.testsupport.Deployments;
import org.civicvoice.participation.testsupport.Http;
import org.civicvoice.participation.testsupport.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Health, metrics and API description of the running platform, and how it rides out a database outage. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformOperationsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform();
    }

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void readinessReportsTheDatabaseAndTheSchemaVersion() {
        HttpResponse<String> ready = Http.getFromRoot(base, "/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"name\":\"database\""), ready.body());
        assertTrue(ready.body().contains("\"schemaVersion\""), ready.body());
        assertEquals(200, Http.getFromRoot(base, "/health/live").statusCode());
        HttpResponse<String> status = Http.get(base, "status.xhtml");
        assertEquals(200, status.statusCode());
        assertTrue(status.body().contains("The platform is working normally."), status.body());
        assertTrue(Http.get(base, "").body().contains("status.xhtml"), "the footer links the status page for people");
    }

    @Test
    @Order(2)
    void metricsAndTheOpenApiDescriptionArePublished() {
        HttpResponse<String> metrics = Http.getFromRoot(base, "/metrics");
        assertEquals(200, metrics.statusCode());
        HttpResponse<String> openApi = Http.getFromRoot(base, "/openapi");
        assertEquals(200, openApi.statusCode());
        assertTrue(openApi.body().contains("/api/bodies"), openApi.body());
    }

    @Test
    @Order(3)
    void theDevelopmentMailPageDoesNotExistInProductionMode() {
        HttpResponse<String> page = Http.get(base, "dev/mails.xhtml");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("Page not found"), page.body());
    }

    @Test
    @Order(4)
    void whileTheDatabaseIsDownThePlatformIsNotReadyAndItRecoversWhenTheDatabaseReturns() {
        TestDatabase.stop();
        try {
            HttpResponse<String> down = Http.await(Duration.ofSeconds(60), r -> r.statusCode() == 503,
                    () -> Http.getFromRoot(base, "/health/ready"));
            assertNotNull(down);
            assertEquals(503, down.statusCode(), down.body());
            assertTrue(down.body().contains("DOWN"), down.body());
            HttpResponse<String> status = Http.get(base, "status.xhtml");
            assertTrue(status.body().contains("The platform is not fully available right now."), status.body());
            HttpResponse<String> refused = Http.await(Duration.ofSeconds(60), r -> r.statusCode() == 503,
                    () -> Http.get(base, "api/consultations?limit=5"));
            assertNotNull(refused, "an API call while the database is down answers 503");
            assertEquals(503, refused.statusCode(), refused.body());
            assertEquals("5", refused.headers().firstValue("Retry-After").orElse(""), "callers are told when to retry");
            assertTrue(refused.body().contains("urn:participation:problem:platform.unavailable")
                    && refused.body().contains("try again in a few seconds"), refused.body());
        } finally {
            TestDatabase.restart();
        }
        HttpResponse<String> up = Http.await(Duration.ofSeconds(90), r -> r.statusCode() == 200,
                () -> Http.getFromRoot(base, "/health/ready"));
        assertNotNull(up);
        assertEquals(200, up.statusCode(), up.body());
        HttpResponse<String> page = Http.await(Duration.ofSeconds(30), r -> r.statusCode() == 200,
                () -> Http.get(base, "api/bodies/ministry-of-health"));
        assertEquals(200, page.statusCode(), page.body());
    }
}
