package dk.pressline.notification;

import static dk.pressline.testsupport.kafka.CloudEventAssertions.assertRoundTripsThroughTheBroker;
import static org.assertj.core.api.Assertions.assertThat;

import dk.pressline.events.EventFixtures;
import dk.pressline.notification.unsubscribe.UnsubscribeMailbox;
import dk.pressline.platform.kafka.KafkaEventSender;
import dk.pressline.platform.kafka.TopicNames;
import dk.pressline.testsupport.ServiceHealth;
import dk.pressline.testsupport.security.TestTokens;
import dk.pressline.testsupport.web.ApiBaseline;
import dk.pressline.testsupport.web.ApiClient;
import dk.pressline.testsupport.web.PrometheusScrape;
import dk.pressline.testsupport.web.ServiceConventions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@NotificationServiceTest
class NotificationServiceSmokeTests {

    @LocalServerPort
    int port;

    @Autowired
    KafkaEventSender events;

    @Autowired
    TopicNames topicNames;

    @Autowired
    ObjectProvider<UnsubscribeMailbox> unsubscribeMailbox;

    @Test
    void readsNoUnsubscribeMailboxUntilOneIsConfigured() {
        // application.yml has the section with an empty host, as a deployment without the mailbox does.
        assertThat(unsubscribeMailbox.getIfAvailable()).isNull();
    }

    @Test
    void reportsHealthUpWithKafkaDatabaseAndMail() {
        ServiceHealth.ofLocalPort(port).assertUpWith("kafka", "db", "mail");
    }

    @Test
    void exposesItsMetricsAndThoseItsAlertsUseToPrometheusTaggedWithItsName() {
        PrometheusScrape.ofLocalPort(port);

        var scrape = PrometheusScrape.ofLocalPort(port);
        scrape.assertBootMetricsTaggedWith("notification-service");
        scrape.assertHasTheMetricsAlertsUse("notification-service");
    }

    @Test
    void roundTripsADeliveryRequestThroughTheBrokerAsACloudEvent() {
        assertRoundTripsThroughTheBroker(
                EventFixtures.deliveryRequested(), events::send, topicNames::of, "notification-service");
    }

    @Test
    void onlyAdminsRedriveDeadLettersAndOnlyEditorsAndAdminsPreviewTheNewsletter() {
        var client = ApiClient.atLocalPort(port);
        var redrive = "/api/deliveries/dead-letters/redrive";

        client.post(redrive, null).assertProblem(401);
        client.withToken(TestTokens.editor().encode()).post(redrive, null).assertProblem(403);
        var redriven = client.withToken(TestTokens.admin().encode()).post(redrive, null);
        assertThat(redriven.status()).as(redriven.body()).isEqualTo(200);
        assertThat(redriven.json().path("redriven").asInt()).isZero();

        var redriveParked = "/api/events/dead-letters/redrive";
        client.post(redriveParked, null).assertProblem(401);
        client.withToken(TestTokens.editor().encode()).post(redriveParked, null).assertProblem(403);
        var parked = client.withToken(TestTokens.admin().encode()).post(redriveParked, null);
        assertThat(parked.status()).as(parked.body()).isEqualTo(200);
        assertThat(parked.json().has("handled") && parked.json().has("parkedAgain"))
                .as(parked.body())
                .isTrue();

        client.withToken(TestTokens.sales().encode())
                .get("/api/newsletter/preview")
                .assertProblem(403);
        assertThat(client.withToken(TestTokens.admin().encode())
                        .get("/api/newsletter/preview")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void deniesWhatNoRuleAllowsAndDescribesItsApi() {
        var client = ApiClient.atLocalPort(port);

        ServiceConventions.assertDeniesByDefault(client);
        ServiceConventions.assertDescribesItsApiWithTheBearerScheme(client);
    }

    @Test
    void documentsSigningUpAs202WithItsLimitsAndTheNewsletterPreviewForEditors() {
        var paths = ApiClient.atLocalPort(port).get("/v3/api-docs").json().path("paths");

        var signUp = paths.path("/api/subscriptions").path("post");
        assertThat(signUp.has("security")).isFalse();
        assertThat(signUp.path("responses").propertyNames())
                .contains("202", "400", "429")
                .doesNotContain("200");
        var preview = paths.path("/api/newsletter/preview").path("get");
        assertThat(preview.path("security").get(0).path("bearer-jwt"))
                .extracting(JsonNode::asString)
                .containsExactly("EDITOR", "ADMIN");
        assertThat(paths.has("/api/events/dead-letters/redrive"))
                .as("reached at the service only")
                .isFalse();
    }

    /** Run with -Dpressline.api.update-baseline=true to publish a change made on purpose. */
    @Test
    void keepsTheApiItPublished() {
        var description = ApiClient.atLocalPort(port).get("/v3/api-docs").body();

        ApiBaseline.assertKeepsThePublishedContract("notification-service", description);
    }
}
