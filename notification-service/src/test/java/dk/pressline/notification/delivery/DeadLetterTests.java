package dk.pressline.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dk.pressline.events.Topics;
import dk.pressline.notification.Mailbox;
import dk.pressline.notification.Readers;
import dk.pressline.notification.ServiceInstance;
import dk.pressline.notification.ServiceInstance.Deployment;
import dk.pressline.notification.subscription.Preferences;
import dk.pressline.notification.subscription.Subscriptions;
import dk.pressline.servers.MailServer;
import dk.pressline.testsupport.TestServers;
import dk.pressline.testsupport.kafka.KafkaProbe;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * A mail whose retries run out while the mail server is down is parked on the dead-letter topic, with the reason, and
 * is sent once it is redriven after the server is back; a redrive the delivery queue does not take leaves it parked.
 */
class DeadLetterTests {

    @Test
    void aDeliveryThatExhaustsItsRetriesWaitsOnTheDlqAndIsSentOnceRedriven() {
        var gone = MailServer.start(0, 0);
        var port = gone.smtpPort();
        gone.close();
        var deployment = Deployment.fresh(
                gone.host(),
                port,
                Map.of(
                        "pressline.notifications.retry.max-attempts",
                        2,
                        "pressline.notifications.retry.initial-backoff",
                        "100ms",
                        "pressline.notifications.retry.wait-while-unreachable",
                        false));
        var reader = Readers.newAddress("deadletter");

        try (var instance = ServiceInstance.start(deployment)) {
            instance.bean(Subscriptions.class)
                    .signUp(Readers.signUp(reader, new Preferences("da", true, false, Set.of())));
            var dlq = deployment.topicPrefix() + Topics.NOTIFICATION_DELIVERIES.name() + ".dlq";
            await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() -> {
                try (var probe = KafkaProbe.reading(dlq)) {
                    var parked = probe.awaitRecord(record -> true, Duration.ofSeconds(5));
                    assertThat(new String(
                                    parked.headers()
                                            .lastHeader(KafkaHeaders.DLT_EXCEPTION_STACKTRACE)
                                            .value(),
                                    StandardCharsets.UTF_8))
                            .contains("the SMTP server could not be reached");
                }
            });
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(instance.bean(MeterRegistry.class)
                                    .counter(DeadLetters.DEAD_LETTERED_METRIC)
                                    .count())
                            .isOne());

            var back = MailServer.start(port, 0);
            try {
                assertThat(instance.bean(DeadLetters.class).redrive()).isEqualTo(1);
                var mailbox = new Mailbox(back.greenMail());
                mailbox.awaitOne(reader, "Bekræft");
                assertThat(instance.bean(DeadLetters.class).redrive())
                        .as("a dead letter is redriven once")
                        .isZero();
                assertThat(mailbox.to(reader)).hasSize(1);
            } finally {
                back.close();
            }
        }
    }

    @Test
    void aDeadLetterTheQueueDoesNotTakeBackStaysOnTheDlqForTheNextRedrive() throws Exception {
        var gone = MailServer.start(0, 0);
        var port = gone.smtpPort();
        gone.close();
        var deployment = Deployment.fresh(
                gone.host(),
                port,
                Map.of(
                        "pressline.notifications.retry.max-attempts",
                        2,
                        "pressline.notifications.retry.initial-backoff",
                        "100ms",
                        "pressline.notifications.retry.wait-while-unreachable",
                        false));
        var reader = Readers.newAddress("notredriven");

        try (var instance = ServiceInstance.start(deployment);
                var admin = Admin.create(Map.of(
                        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                        TestServers.kafka().bootstrapServers()))) {
            instance.bean(Subscriptions.class)
                    .signUp(Readers.signUp(reader, new Preferences("da", true, false, Set.of())));
            var deliveries = deployment.topicPrefix() + Topics.NOTIFICATION_DELIVERIES.name();
            await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() -> {
                try (var probe = KafkaProbe.reading(deliveries + ".dlq")) {
                    probe.awaitRecord(record -> true, Duration.ofSeconds(5));
                }
            });

            var queue = new ConfigResource(ConfigResource.Type.TOPIC, deliveries);
            var tooSmall = new AlterConfigOp(new ConfigEntry("max.message.bytes", "64"), AlterConfigOp.OpType.SET);
            admin.incrementalAlterConfigs(Map.of(queue, List.of(tooSmall)))
                    .all()
                    .get();
            try {
                assertThatThrownBy(() -> instance.bean(DeadLetters.class).redrive())
                        .hasMessageContaining("left on the dead-letter topic");
            } finally {
                var asBefore = new AlterConfigOp(new ConfigEntry("max.message.bytes", ""), AlterConfigOp.OpType.DELETE);
                admin.incrementalAlterConfigs(Map.of(queue, List.of(asBefore)))
                        .all()
                        .get();
            }

            var back = MailServer.start(port, 0);
            try {
                assertThat(instance.bean(DeadLetters.class).redrive())
                        .as("the dead letter is still there")
                        .isEqualTo(1);
                var mailbox = new Mailbox(back.greenMail());
                mailbox.awaitOne(reader, "Bekræft");
                assertThat(mailbox.to(reader)).hasSize(1);
            } finally {
                back.close();
            }
        }
    }
}
