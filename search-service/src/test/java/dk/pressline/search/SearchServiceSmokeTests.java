package dk.pressline.search;

import static dk.pressline.testsupport.kafka.CloudEventAssertions.assertRoundTripsThroughTheBroker;

import dk.pressline.events.EventFixtures;
import dk.pressline.platform.kafka.KafkaEventSender;
import dk.pressline.platform.kafka.TopicNames;
import dk.pressline.testsupport.RealServers;
import dk.pressline.testsupport.Server;
import dk.pressline.testsupport.ServiceHealth;
import dk.pressline.testsupport.security.AcceptsTestTokens;
import dk.pressline.testsupport.web.ApiClient;
import dk.pressline.testsupport.web.ServiceConventions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

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
    void roundTripsAnImpressionThroughTheBrokerAsACloudEvent() {
        assertRoundTripsThroughTheBroker(EventFixtures.placementImpressionRecorded(), events::send, topicNames::of,
                "search-service");
    }

    @Test
    void deniesWhatNoRuleAllowsAndDescribesItsApi() {
        var client = ApiClient.atLocalPort(port);

        ServiceConventions.assertDeniesByDefault(client);
        ServiceConventions.assertDescribesItsApiWithTheBearerScheme(client);
    }
}
