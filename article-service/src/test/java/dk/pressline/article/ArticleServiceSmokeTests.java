package dk.pressline.article;

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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AcceptsTestTokens
@RealServers({Server.KAFKA, Server.POSTGRES})
class ArticleServiceSmokeTests {

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
        scrape.assertBootMetricsTaggedWith("article-service");
        scrape.assertHasTheMetricsAlertsUse("article-service");
    }

    @Test
    void givesPrometheusAScrapeItCanReadWhileRequestsAreTraced() {
        assertThat(ApiClient.atLocalPort(port).get("/api/sections").status())
                .as("without a token")
                .isEqualTo(401);

        PrometheusScrape.assertOpenMetricsScrapeWithoutExemplars(port);
    }

    @Test
    void roundTripsAPublishedArticleThroughTheBrokerAsACloudEvent() {
        assertRoundTripsThroughTheBroker(
                EventFixtures.articlePublished(), events::send, topicNames::of, "article-service");
    }

    @Test
    void deniesWhatNoRuleAllowsAndDescribesItsApi() {
        var client = ApiClient.atLocalPort(port);

        ServiceConventions.assertDeniesByDefault(client);
        ServiceConventions.assertDescribesItsApiWithTheBearerScheme(client);
    }

    @Test
    void documentsCreatingAnArticleAs201WithItsLocationForEditorsAndAdmins() {
        var create = ApiClient.atLocalPort(port)
                .get("/v3/api-docs")
                .json()
                .path("paths")
                .path("/api/articles")
                .path("post");

        assertThat(create.path("responses").has("200")).isFalse();
        assertThat(create.path("responses").path("201").path("headers").has("Location"))
                .isTrue();
        assertThat(create.path("responses").has("409"))
                .as("a slug another article has")
                .isTrue();
        assertThat(create.path("security").get(0).path("bearer-jwt"))
                .extracting(JsonNode::asString)
                .containsExactly("EDITOR", "ADMIN");
    }

    /** Run with -Dpressline.api.update-baseline=true to publish a change made on purpose. */
    @Test
    void keepsTheApiItPublished() {
        var description = ApiClient.atLocalPort(port).get("/v3/api-docs").body();

        ApiBaseline.assertKeepsThePublishedContract("article-service", description);
    }
}
