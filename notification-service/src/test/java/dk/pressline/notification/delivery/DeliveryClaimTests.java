package dk.pressline.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.pressline.events.Topics;
import dk.pressline.events.article.ArticleSnapshot;
import dk.pressline.events.notification.DeliveryKind;
import dk.pressline.events.notification.DeliveryRequested;
import dk.pressline.notification.Articles;
import dk.pressline.notification.ConsumerGroups;
import dk.pressline.notification.Mailbox;
import dk.pressline.notification.Readers;
import dk.pressline.notification.ServiceInstance;
import dk.pressline.notification.ServiceInstance.Deployment;
import dk.pressline.notification.subscription.Subscriber;
import dk.pressline.notification.subscription.Subscriptions;
import dk.pressline.platform.kafka.KafkaEventSender;
import dk.pressline.testsupport.TestServers;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A claim in the delivery log keeps a mail from going out twice, and never keeps it from going out: a claim whose mail
 * was not handed to SMTP is given back, one left behind by a sender that died is taken over once its lease has run
 * out, and one a live sender holds is left to it.
 *
 * <p>The cases share one instance: each has a reader and articles of its own, and leaves no lag behind.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeliveryClaimTests {

    private static final Duration LEASE = Duration.ofSeconds(4);
    private static final String SENDER = "sendDeliveries-in-0";

    private final Mailbox mailbox = Mailbox.ofTestServer();

    private Deployment deployment;
    private ServiceInstance instance;

    @BeforeAll
    void startInstance() {
        var mail = TestServers.mail();
        deployment = Deployment.fresh(
                mail.host(),
                mail.smtpPort(),
                Map.of(
                        "pressline.notifications.claim-lease",
                        LEASE.toMillis() + "ms",
                        "pressline.notifications.retry.max-attempts",
                        2,
                        "pressline.notifications.retry.initial-backoff",
                        "100ms"));
        instance = ServiceInstance.start(deployment);
    }

    @AfterAll
    void stopInstance() {
        if (instance != null) {
            instance.close();
        }
    }

    @Test
    void aMailThatCannotBeComposedDoesNotCostTheMailsAfterItInItsBatch() {
        var reader = Readers.newAddress("composing");
        var subscriber = confirmed(instance, reader);
        var article = articleInReadModel(instance, "Skybrud over Aarhus " + deployment.id());
        var events = instance.bean(KafkaEventSender.class);
        var bindings = instance.bean(BindingsLifecycleController.class);

        bindings.stop(SENDER);
        try {
            events.send(alert(subscriber, "not-an-article-id"));
            events.send(alert(subscriber, article.articleId().toString()));
        } finally {
            bindings.start(SENDER);
        }

        mailbox.awaitOne(reader, article.headline());
        awaitNoLag(deployment);
        assertThat(mailbox.to(reader, article.headline())).hasSize(1);
        // The sent mail's mark is written with the next batch of marks, up to 200 ms after its offset is committed.
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(instance.bean(JdbcTemplate.class)
                                .queryForObject(
                                        "select count(*) from deliveries where state = 'SENDING' "
                                                + "and subscriber_id = ?",
                                        Integer.class,
                                        subscriber.id()))
                        .as("claims left behind")
                        .isZero());
    }

    @Test
    void aClaimLeftBehindByASenderThatDiedIsSentOnceItsLeaseHasRunOut() {
        var reader = Readers.newAddress("died");
        var subscriber = confirmed(instance, reader);
        var article = articleInReadModel(instance, "Stormflod i Ribe " + deployment.id());
        var request = alert(subscriber, article.articleId().toString());

        claimAsAnotherSender(instance, request);
        instance.bean(KafkaEventSender.class).send(request);

        await().during(LEASE.dividedBy(2))
                .atMost(LEASE)
                .until(() -> mailbox.to(reader, article.headline()).isEmpty());
        mailbox.awaitOne(reader, article.headline());
        awaitNoLag(deployment);
        await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(stateOf(instance, request)));
        assertThat(mailbox.to(reader, article.headline())).hasSize(1);
    }

    @Test
    void aMailWhoseClaimALiveSenderHoldsIsLeftToThatSender() {
        try (var groups = ConsumerGroups.open()) {
            var reader = Readers.newAddress("held");
            var subscriber = confirmed(instance, reader);
            var article = articleInReadModel(instance, "Ny bro over Limfjorden " + deployment.id());
            var request = alert(subscriber, article.articleId().toString());
            var deliveries = deployment.topicPrefix() + Topics.NOTIFICATION_DELIVERIES.name();
            awaitNoLag(deployment);
            var alreadySent = instance.bean(MeterRegistry.class).counter(Deliveries.ALREADY_SENT_METRIC);
            var alreadySentBefore = alreadySent.count();

            claimAsAnotherSender(instance, request);
            instance.bean(KafkaEventSender.class).send(request);
            await().during(LEASE.dividedBy(2))
                    .atMost(LEASE)
                    .until(() -> groups.lag(deployment.group(), deliveries) == 1
                            && mailbox.to(reader, article.headline()).isEmpty());

            instance.bean(JdbcTemplate.class)
                    .update(
                            "update deliveries set state = 'SENT', sent_at = now() " + "where delivery_id = ?",
                            request.deliveryId());
            awaitNoLag(deployment);
            assertThat(alreadySent.count()).isGreaterThan(alreadySentBefore);
            assertThat(mailbox.to(reader, article.headline())).isEmpty();
        }
    }

    /** Found by the fault suite: both instances fan an edition out, so one batch may ask for a mail twice. */
    @Test
    void aMailRequestedTwiceInABatchIsSentOnceWhenAMailBetweenTheTwoIsHeldByAnotherSender() {
        var reader = Readers.newAddress("twice");
        var subscriber = confirmed(instance, reader);
        var first = articleInReadModel(instance, "Solceller på rådhuset " + deployment.id());
        var second = articleInReadModel(instance, "Vindmøller ved Hvide Sande " + deployment.id());
        var request = alert(subscriber, first.articleId().toString());
        var held = alert(subscriber, second.articleId().toString());
        var again = new DeliveryRequested(
                UUID.randomUUID(),
                Instant.now(),
                request.deliveryId(),
                subscriber.id(),
                request.kind(),
                request.reference());
        var events = instance.bean(KafkaEventSender.class);
        var bindings = instance.bean(BindingsLifecycleController.class);
        awaitNoLag(deployment);

        claimAsAnotherSender(instance, held);
        bindings.stop(SENDER);
        try {
            events.send(request);
            events.send(held);
            events.send(again);
        } finally {
            bindings.start(SENDER);
        }

        mailbox.awaitOne(reader, first.headline());
        // The held mail goes out once its lease has run out, and with it the rest of the batch comes again.
        mailbox.awaitOne(reader, second.headline());
        awaitNoLag(deployment);
        assertThat(mailbox.to(reader, first.headline())).hasSize(1);
        assertThat(mailbox.to(reader, second.headline())).hasSize(1);
    }

    private Subscriber confirmed(ServiceInstance instance, String reader) {
        var subscriber = new Readers(instance.bean(Subscriptions.class))
                .followingThemes(reader, "intet-tema-" + UUID.randomUUID());
        mailbox.awaitOne(reader, "Bekræft");
        return subscriber;
    }

    /** An article in the read model, published without themes, so only the alerts a test queues itself go out. */
    private static ArticleSnapshot articleInReadModel(ServiceInstance instance, String headline) {
        var article = Articles.snapshot(UUID.randomUUID(), 1, headline, Instant.now());
        instance.bean(KafkaEventSender.class).send(Articles.published(article));
        var jdbc = instance.bean(JdbcTemplate.class);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from articles where article_id = ? and published",
                                Integer.class,
                                article.articleId())
                        == 1);
        return article;
    }

    private static DeliveryRequested alert(Subscriber subscriber, String reference) {
        return new DeliveryRequested(
                UUID.randomUUID(),
                Instant.now(),
                DeliveryQueue.deliveryId(DeliveryKind.THEME_ALERT, subscriber.id(), reference),
                subscriber.id(),
                DeliveryKind.THEME_ALERT,
                reference);
    }

    /** The row a sender leaves when it has claimed the mail and not marked it sent (yet). */
    private static void claimAsAnotherSender(ServiceInstance instance, DeliveryRequested request) {
        instance.bean(JdbcTemplate.class)
                .update(
                        """
                insert into deliveries (delivery_id, subscriber_id, kind, reference, state, claimed_at)
                values (?, ?, ?, ?, 'SENDING', now())""",
                        request.deliveryId(),
                        request.subscriberId(),
                        request.kind().name(),
                        request.reference());
    }

    private static String stateOf(ServiceInstance instance, DeliveryRequested request) {
        return instance.bean(JdbcTemplate.class)
                .queryForObject(
                        "select state from deliveries where delivery_id = ?", String.class, request.deliveryId());
    }

    private static void awaitNoLag(Deployment deployment) {
        var deliveries = deployment.topicPrefix() + Topics.NOTIFICATION_DELIVERIES.name();
        try (var groups = ConsumerGroups.open()) {
            await().atMost(Duration.ofSeconds(60)).until(() -> groups.lag(deployment.group(), deliveries) == 0);
        }
    }
}
