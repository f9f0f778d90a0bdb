package dk.pressline.notification;

import static dk.pressline.testsupport.kafka.CloudEventAssertions.assertRoundTripsThroughTheBroker;

import dk.pressline.events.EventFixtures;
import dk.pressline.platform.kafka.KafkaEventSender;
import dk.pressline.platform.kafka.TopicNames;
import dk.pressline.testsupport.ServiceHealth;
import dk.pressline.testsupport.web.ApiClient;
import dk.pressline.testsupport.web.ServiceConventions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@NotificationServiceTest
class NotificationServiceSmokeTests {

    @LocalServerPort
    int port;

    @Autowired
    KafkaEventSender events;

    @Autowired
    TopicNames topicNames;

    @Test
    void reportsHealthUpWithKafkaDatabaseAndMail() {
        ServiceHealth.ofLocalPort(port).assertUpWith("kafka", "db", "mail");
    }

    @Test
    void roundTripsADeliveryRequestThroughTheBrokerAsACloudEvent() {
        assertRoundTripsThroughTheBroker(EventFixtures.deliveryRequested(), events::send, topicNames::of,
                "notification-service");
    }

    @Test
    void deniesWhatNoRuleAllowsAndDescribesItsApi() {
        var client = ApiClient.atLocalPort(port);

        ServiceConventions.assertDeniesByDefault(client);
        ServiceConventions.assertDescribesItsApiWithTheBearerScheme(client);
    }
}
