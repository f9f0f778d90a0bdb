package dk.pressline.search;

import static dk.pressline.testsupport.kafka.CloudEventAssertions.assertCarriesEvent;
import static org.assertj.core.api.Assertions.assertThat;

import dk.pressline.events.EventFixtures;
import dk.pressline.events.Topics;
import dk.pressline.platform.kafka.KafkaEventSender;
import dk.pressline.platform.kafka.TopicNames;
import dk.pressline.testsupport.RealServers;
import dk.pressline.testsupport.Server;
import dk.pressline.testsupport.ServiceHealth;
import dk.pressline.testsupport.kafka.KafkaProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
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
        var health = ServiceHealth.ofLocalPort(port);

        assertThat(health.httpStatus()).isEqualTo(200);
        assertThat(health.status()).isEqualTo("UP");
        assertThat(health.components())
                .containsEntry("kafka", "UP")
                .containsEntry("elasticsearch", "UP");
    }

    @Test
    void roundTripsAnImpressionThroughTheBrokerAsACloudEvent() {
        var event = EventFixtures.placementImpressionRecorded();

        events.send(event);

        try (var probe = KafkaProbe.reading(topicNames.of(Topics.INTERACTIONS))) {
            assertCarriesEvent(probe.awaitRecordWithKey(event.aggregateId()), event, "search-service");
        }
    }
}
