package dk.pressline.notification.delivery;

import dk.pressline.events.Topics;
import dk.pressline.events.notification.DeliveryRequested;
import dk.pressline.notification.intake.EventRecords;
import dk.pressline.notification.intake.ParkedRecords;
import dk.pressline.notification.intake.UnreadableRecordException;
import dk.pressline.platform.consuming.DeadLetterParking;
import dk.pressline.platform.consuming.ReceivedRecord;
import dk.pressline.platform.kafka.ConsumerErrorHandlers;
import dk.pressline.platform.kafka.TopicNames;
import dk.pressline.platform.tracing.CarriedTrace;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.cloud.stream.config.ListenerContainerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.messaging.Message;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The sender: the delivery queue read as a Spring Cloud Stream function. Here too the error handling of every consumer
 * of this service, the followed topics' as well, as the binder takes one {@link ListenerContainerCustomizer}. A record
 * that is not a delivery request is parked on a dead-letter topic; a mail not sent holds its record back until it
 * succeeds or its retries are used up and it is parked. No consumer commits past a record it did not handle.
 */
@Configuration(proxyBeanMethods = false)
class DeliveryFunctions {

    private static final Duration SHORTEST_WAIT_FOR_A_HELD_CLAIM = Duration.ofMillis(100);
    private static final Duration LONGEST_WAIT_FOR_A_HELD_CLAIM = Duration.ofSeconds(5);

    /**
     * The sender, in batches: one claim statement per poll, then one mail after the other over the thread's SMTP
     * connection. A mail not sent is retried, with it every later one of the batch, with exponential backoff; once the
     * attempts are used up it is parked on the dead-letter topic and sending goes on. A record that is not a delivery
     * request is parked at once, after the requests before it are sent.
     */
    @Bean
    Consumer<Message<List<byte[]>>> sendDeliveries(Deliveries deliveries, SendingSwitch sending) {
        return batch -> {
            var records = ReceivedRecord.decodeAll(batch);
            var requests = new ArrayList<DeliveryRequested>(records.size());
            var positions = new ArrayList<Integer>(records.size());
            var traces = new IdentityHashMap<DeliveryRequested, CarriedTrace>();
            BatchListenerFailedException unreadable = null;
            for (int i = 0; i < records.size() && unreadable == null; i++) {
                var record = records.get(i);
                try {
                    var position = i;
                    EventRecords.read(record, DeliveryRequested.class).ifPresent(request -> {
                        requests.add(request);
                        traces.put(request, record.record().trace());
                        positions.add(position);
                    });
                } catch (UnreadableRecordException e) {
                    unreadable = new BatchListenerFailedException(e.getMessage(), e, i);
                }
            }
            try {
                deliveries.deliverAll(requests, traces::get, sending::on);
            } catch (Deliveries.DeliveryFailedException e) {
                throw new BatchListenerFailedException(e.getMessage(), e, positions.get(e.index()));
            }
            if (unreadable != null) {
                throw unreadable;
            }
        };
    }

    /**
     * Error handling per consumer. The followed topics: a record that can never be read is parked on
     * {@code notification-service.dlq}; any other failure (the database away) holds the record back, retried with
     * backoff for as long as it takes. The sender stops after the mail in hand rather than the rest of its batch, parks
     * unreadable records on {@code notification-deliveries.dlq} at once, waits for a mail another sender holds the
     * claim of and for an SMTP server that cannot be reached, however long either takes, and retries mails the server
     * refused with the configured backoff before parking them there too (the binder's own retry and DLQ do not apply to
     * batches).
     */
    @Bean
    ListenerContainerCustomizer<AbstractMessageListenerContainer<?, ?>> consumerErrorHandling(
            SendingSwitch sending,
            TopicNames topicNames,
            DeadLetterParking parking,
            DeliveryProperties properties,
            ClaimLease lease,
            MeterRegistry meters) {
        var deliveries = topicNames.of(Topics.NOTIFICATION_DELIVERIES);
        var deadLettered = Counter.builder(DeadLetters.DEAD_LETTERED_METRIC)
                .description("Delivery requests parked on the dead-letter topic: retries used up, or unreadable")
                .register(meters);
        var deliveryDeadLetters = parking.on(deliveries + DeadLetters.SUFFIX)
                .naming(UnreadableRecordException.class, Deliveries.DeliveryFailedException.class);
        ConsumerAwareRecordRecoverer parkDelivery = (record, consumer, exception) -> {
            deliveryDeadLetters.accept(record, consumer, exception);
            deadLettered.increment();
        };
        var parkFollowed = parking.on(topicNames.of(ParkedRecords.TOPIC))
                .naming(UnreadableRecordException.class, Deliveries.DeliveryFailedException.class);
        var retry = properties.retry();
        return (container, destination, group) -> {
            if (!deliveries.equals(destination)) {
                container.setCommonErrorHandler(
                        ConsumerErrorHandlers.retryUntilItSucceeds(parkFollowed, UnreadableRecordException.class));
                return;
            }
            container.getContainerProperties().setStopImmediate(true);
            var backOff = new ExponentialBackOffWithMaxRetries(retry.maxAttempts() - 1);
            backOff.setInitialInterval(retry.initialBackoff().toMillis());
            backOff.setMultiplier(2.0);
            backOff.setMaxInterval(retry.maxBackoff().toMillis());
            var handler = new DefaultErrorHandler(parkDelivery, backOff);
            handler.setClassifications(Map.of(UnreadableRecordException.class, false), true);
            var heldBackOff = new FixedBackOff(waitForAHeldClaim(lease).toMillis(), FixedBackOff.UNLIMITED_ATTEMPTS);
            var unreachableBackOff =
                    new ExponentialBackOff(retry.initialBackoff().toMillis(), 2.0);
            unreachableBackOff.setMaxInterval(retry.maxBackoff().toMillis());
            handler.setBackOffFunction((record, exception) ->
                    waitingBackOff(exception, heldBackOff, retry.waitWhileUnreachable() ? unreachableBackOff : null));
            container.setCommonErrorHandler(handler);
            sending.follow(container);
        };
    }

    /** What waits rather than counting attempts: a mail another sender holds, and an SMTP server that is away. */
    private static BackOff waitingBackOff(Exception exception, BackOff heldBackOff, BackOff unreachableBackOff) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof Deliveries.DeliveryHeldException) {
                return heldBackOff;
            }
            if (cause instanceof Deliveries.SmtpUnreachableException && unreachableBackOff != null) {
                return unreachableBackOff;
            }
        }
        return null;
    }

    /** A tenth of the lease, so a held mail is sent soon after its lease runs out, between 100 ms and 5 s. */
    private static Duration waitForAHeldClaim(ClaimLease lease) {
        var tenth = lease.duration().dividedBy(10);
        if (tenth.compareTo(SHORTEST_WAIT_FOR_A_HELD_CLAIM) < 0) {
            return SHORTEST_WAIT_FOR_A_HELD_CLAIM;
        }
        return tenth.compareTo(LONGEST_WAIT_FOR_A_HELD_CLAIM) > 0 ? LONGEST_WAIT_FOR_A_HELD_CLAIM : tenth;
    }
}
