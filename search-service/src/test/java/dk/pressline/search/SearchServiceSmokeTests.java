package dk.pressline.search;

import static dk.pressline.testsupport.kafka.CloudEventAssertions.assertRoundTripsThroughTheBroker;
import static org.assertj.core.api.Assertions.assertThat;

import dk.pressline.events.EventFixtures;
import dk.pressline.platform.kafka.KafkaEventSender;
import dk.pressline.platform.kafka.TopicNames;
import dk.pressline.testsupport.RealServers;
import dk.pressline.testsupport.Server;
import dk.pressline.testsupport.ServiceHealth;
import dk.pressline.testsupport.security.AcceptsTestTokens;
import dk.pressline.testsupport.web.ApiBaseline;
import dk.pressline.testsupport.web.ApiClient;
import dk.pressline.testsupport.web.PrometheusScrape;
import dk.pressline.testsupport.web.ServiceConventions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AcceptsTestTokens
@RealServers({Server.KAFKA, Server.ELASTICSEARCH})
class SearchServiceSmokeTests {

    @LocalServerPort
    int port;

    @Autowired
    KafkaEventSender events;

    @Autowired
    TopicNames topicNames;

    @Test
    void reportsHealthUpWithKafkaAndElasticsearch() {
        ServiceHealth.ofLocalPort(port).assertUpWith("kafka", "elasticsearch");
    }

    @Test
    void exposesItsMetricsAndThoseItsAlertsUseToPrometheusTaggedWithItsName() {
        PrometheusScrape.ofLocalPort(port);

        var scrape = PrometheusScrape.ofLocalPort(port);
        scrape.assertBootMetricsTaggedWith("search-service");
        scrape.assertHasTheMetricsAlertsUse("search-service");
    }

    @Test
    void roundTripsAnImpressionThroughTheBrokerAsACloudEvent() {
        assertRoundTripsThroughTheBroker(
                EventFixtures.placementImpressionRecorded(), events::send, topicNames::of, "search-service");
    }

    @Test
    void deniesWhatNoRuleAllowsAndDescribesItsApi() {
        var client = ApiClient.atLocalPort(port);

        ServiceConventions.assertDeniesByDefault(client);
        ServiceConventions.assertDescribesItsApiWithTheBearerScheme(client);
    }

    @Test
    void documentsReadersEndpointsWithoutATokenAndTheRebuildForAdministrators() {
        var paths = ApiClient.atLocalPort(port).get("/v3/api-docs").json().path("paths");

        for (var reader : List.of(
                "/api/search",
                "/api/content/{slug}",
                "/api/events",
                "/api/jobs",
                "/feeds/articles.rss",
                "/sitemap.xml")) {
            var read = paths.path(reader).path("get");
            assertThat(read.has("security")).as(reader).isFalse();
            assertThat(read.path("responses").propertyNames())
                    .as(reader)
                    .contains("304")
                    .doesNotContain("401");
        }
        var rebuild = paths.path("/api/admin/content-index/rebuilds").path("post");
        assertThat(rebuild.path("security").get(0).path("bearer-jwt"))
                .extracting(JsonNode::asString)
                .containsExactly("ADMIN");
        assertThat(rebuild.path("responses").propertyNames()).contains("401", "403", "409");
    }

    /** Run with -Dpressline.api.update-baseline=true to publish a change made on purpose. */
    @Test
    void keepsTheApiItPublished() {
        var description = ApiClient.atLocalPort(port).get("/v3/api-docs").body();

        ApiBaseline.assertKeepsThePublishedContract("search-service", description);
    }
}
