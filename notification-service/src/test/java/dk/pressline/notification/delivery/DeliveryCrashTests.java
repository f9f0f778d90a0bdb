package dk.pressline.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.pressline.events.Topics;
import dk.pressline.notification.Articles;
import dk.pressline.notification.ConsumerGroups;
import dk.pressline.notification.Mailbox;
import dk.pressline.notification.Readers;
import dk.pressline.notification.ServiceInstance;
import dk.pressline.notification.ServiceInstance.Deployment;
import dk.pressline.notification.subscription.Subscriptions;
import dk.pressline.platform.kafka.KafkaEventSender;
import dk.pressline.testsupport.TestServers;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;

/**
 * An instance stopped in the middle of sending an alert, whose consumer offsets are then set back as if it had
 * crashed before committing any, and a new instance that gets every delivery request again: each mail still arrives
 * exactly once.
 */
class DeliveryCrashTests {

    private static final int READERS = 20;

    private final Mailbox mailbox = Mailbox.ofTestServer();

    @Test
    void noMailIsSentTwiceAfterAnInstanceIsStoppedMidBatchAndEveryRequestIsRedelivered() throws Exception {
        var mail = TestServers.mail();
        // Slow sending, so the instance is stopped with the alert half sent.
        var deployment = Deployment.fresh(
                mail.host(), mail.smtpPort(), Map.of("pressline.notifications.send-rate-per-second", 4));
        var theme = "crash-" + deployment.id();
        var readers = new ArrayList<String>();
        var headline = "Ekstremvejr rammer kysten " + deployment.id();

        try (var first = ServiceInstance.start(deployment)) {
            var fixtures = new Readers(first.bean(Subscriptions.class));
            for (int i = 0; i < READERS; i++) {
                var reader = Readers.newAddress("crash" + i);
                fixtures.followingThemes(reader, theme);
                readers.add(reader);
            }
            first.bean(KafkaEventSender.class)
                    .send(Articles.published(Articles.snapshot(UUID.randomUUID(), 1, headline, Instant.now(), theme)));
            await().atMost(Duration.ofSeconds(90)).until(() -> alertsTo(readers, headline) >= 5);
            first.bean(BindingsLifecycleController.class).stop("sendDeliveries-in-0");
        }
        var sentBeforeStop = alertsTo(readers, headline);
        assertThat(sentBeforeStop).as("stopped with the alert half sent").isLessThan(READERS);

        var deliveries = deployment.topicPrefix() + Topics.NOTIFICATION_DELIVERIES.name();
        try (var groups = ConsumerGroups.open()) {
            await().atMost(Duration.ofSeconds(30))
                    .ignoreExceptions()
                    .untilAsserted(() -> groups.rewind(deployment.group(), deliveries));

            try (var second = ServiceInstance.start(deployment)) {
                await().atMost(Duration.ofSeconds(120)).until(() -> alertsTo(readers, headline) >= READERS);
                await().atMost(Duration.ofSeconds(60)).until(() -> groups.lag(deployment.group(), deliveries) == 0);
                assertThat(second.bean(MeterRegistry.class)
                                .counter(Deliveries.ALREADY_SENT_METRIC)
                                .count())
                        .as("the redelivered requests of mails sent before the stop were recognised")
                        .isGreaterThanOrEqualTo(sentBeforeStop);
            }
        }

        for (var reader : readers) {
            assertThat(mailbox.to(reader, headline)).as("alerts to " + reader).hasSize(1);
            assertThat(mailbox.to(reader, "Bekræft"))
                    .as("confirmations to " + reader)
                    .hasSize(1);
        }
    }

    private int alertsTo(List<String> readers, String headline) {
        return readers.stream()
                .mapToInt(reader -> mailbox.to(reader, headline).size())
                .sum();
    }
}
