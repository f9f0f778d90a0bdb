package dk.pressline.sponsor;

import static dk.pressline.testsupport.kafka.CloudEventAssertions.assertRoundTripsThroughTheBroker;
import static org.assertj.core.api.Assertions.assertThat;

import dk.pressline.events.EventFixtures;
import dk.pressline.platform.kafka.KafkaEventSender;
import dk.pressline.platform.kafka.TopicNames;
import dk.pressline.testsupport.RealServers;
import dk.pressline.testsupport.Server;
import dk.pressline.testsupport.ServiceHealth;
import dk.pressline.testsupport.security.AcceptsTestTokens;
import dk.pressline.testsupport.security.TestTokens;
import dk.pressline.testsupport.web.ApiBaseline;
import dk.pressline.testsupport.web.ApiClient;
import dk.pressline.testsupport.web.PrometheusScrape;
import dk.pressline.testsupport.web.ServiceConventions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = SharedServiceProperties.BOOKING_METRICS_REFRESH)
@AcceptsTestTokens
@RealServers({Server.KAFKA, Server.POSTGRES})
class SponsorServiceSmokeTests {

    @LocalServerPort
    int port;

    @Autowired
    KafkaEventSender events;

    @Autowired
    TopicNames topicNames;

    @Test
    void reportsHealthUpWithKafkaAndDatabase() {
        ServiceHealth.ofLocalPort(port).assertUpWith("kafka", "db");
    }

    @Test
    void exposesItsMetricsAndThoseItsAlertsUseToPrometheusTaggedWithItsName() {
        PrometheusScrape.ofLocalPort(port);

        var scrape = PrometheusScrape.ofLocalPort(port);
        scrape.assertBootMetricsTaggedWith("sponsor-service");
        scrape.assertHasTheMetricsAlertsUse("sponsor-service");
    }

    @Test
    void roundTripsAnActivatedPlacementThroughTheBrokerAsACloudEvent() {
        assertRoundTripsThroughTheBroker(
                EventFixtures.placementActivated(), events::send, topicNames::of, "sponsor-service");
    }

    @Test
    void deniesWhatNoRuleAllowsAndDescribesItsApi() {
        var client = ApiClient.atLocalPort(port);

        ServiceConventions.assertDeniesByDefault(client);
        ServiceConventions.assertDescribesItsApiWithTheBearerScheme(client);
    }

    @Test
    void showsItsParkedEventsToAdminsOnly() {
        var client = ApiClient.atLocalPort(port);

        var parked = client.withToken(TestTokens.admin().encode()).get("/api/admin/outbox/parked");

        assertThat(parked.status()).as(parked.body()).isEqualTo(200);
        assertThat(parked.json().path("items").isArray()).isTrue();
        client.withToken(TestTokens.sales().encode())
                .get("/api/admin/outbox/parked")
                .assertProblem(403);
        client.withToken(TestTokens.admin().encode())
                .post("/api/admin/outbox/parked/1/resend", null)
                .assertProblem(404);
    }

    @Test
    void refusesEveryTokenThatIsNotGood() {
        ServiceConventions.assertRefusesBadTokens(ApiClient.atLocalPort(port), "/api/prices", TestTokens.sales());
    }

    @Test
    void documentsTheClickRedirectForReadersAndBookingDecisionsForSales() {
        var paths = ApiClient.atLocalPort(port).get("/v3/api-docs").json().path("paths");

        var click = paths.path("/r/{bookingId}").path("get");
        assertThat(click.has("security")).isFalse();
        assertThat(click.path("responses").propertyNames())
                .contains("302", "404", "410")
                .doesNotContain("401");
        var approve = paths.path("/api/bookings/{id}/approve").path("post");
        assertThat(approve.path("security").get(0).path("bearer-jwt"))
                .extracting(JsonNode::asString)
                .containsExactly("SALES", "ADMIN");
        assertThat(approve.path("responses").propertyNames()).contains("401", "403", "404", "409");
        assertThat(paths.path("/api/bookings")
                        .path("post")
                        .path("responses")
                        .path("201")
                        .path("headers")
                        .has("Location"))
                .isTrue();
    }

    /** Run with -Dpressline.api.update-baseline=true to publish a change made on purpose. */
    @Test
    void keepsTheApiItPublished() {
        var description = ApiClient.atLocalPort(port).get("/v3/api-docs").body();

        ApiBaseline.assertKeepsThePublishedContract("sponsor-service", description);
    }
}
