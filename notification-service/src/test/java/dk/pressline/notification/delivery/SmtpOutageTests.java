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
import dk.pressline.servers.MailServer;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The mail server goes away while an alert is being sent and comes back: every mail arrives, once, however many
 * attempts it took (more than the attempts a refused mail gets before it is parked).
 */
class SmtpOutageTests {

    private static final int READERS = 10;

    @Test
    void anSmtpOutageDelaysTheMailAndLosesNone() throws Exception {
        var before = MailServer.start(0, 0);
        var port = before.smtpPort();
        var deployment = Deployment.fresh(
                before.host(),
                port,
                Map.of(
                        "pressline.notifications.retry.initial-backoff", "200ms",
                        "pressline.notifications.retry.max-backoff", "1s",
                        "pressline.notifications.retry.max-attempts", 2));
        var theme = "outage-" + deployment.id();
        var headline = "Stormflod i Vadehavet " + deployment.id();
        var readers = new ArrayList<String>();

        try (var instance = ServiceInstance.start(deployment);
                var groups = ConsumerGroups.open()) {
            var fixtures = new Readers(instance.bean(Subscriptions.class));
            for (int i = 0; i < READERS; i++) {
                var reader = Readers.newAddress("outage" + i);
                fixtures.followingThemes(reader, theme);
                readers.add(reader);
            }
            var confirmations = new Mailbox(before.greenMail());
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> readers.stream()
                            .allMatch(reader ->
                                    confirmations.to(reader, "Bekræft").size() == 1));
            before.close();

            var failures = instance.bean(MeterRegistry.class).counter(Deliveries.FAILED_METRIC);
            instance.bean(KafkaEventSender.class)
                    .send(Articles.published(Articles.snapshot(UUID.randomUUID(), 1, headline, Instant.now(), theme)));
            await().atMost(Duration.ofSeconds(60)).until(() -> failures.count() >= 3);

            var after = MailServer.start(port, 0);
            try {
                var mailbox = new Mailbox(after.greenMail());
                await().atMost(Duration.ofSeconds(120))
                        .until(() -> readers.stream()
                                .allMatch(
                                        reader -> !mailbox.to(reader, headline).isEmpty()));
                var deliveries = deployment.topicPrefix() + Topics.NOTIFICATION_DELIVERIES.name();
                await().atMost(Duration.ofSeconds(60)).until(() -> groups.lag(deployment.group(), deliveries) == 0);
                for (var reader : readers) {
                    assertThat(mailbox.to(reader, headline)).as(reader).hasSize(1);
                }
            } finally {
                after.close();
            }
        } finally {
            before.close();
        }
    }
}
