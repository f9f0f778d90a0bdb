package dk.pressline.notification.delivery;

import dk.pressline.events.Topics;
import dk.pressline.events.cloudevents.EventEnvelopes;
import dk.pressline.events.notification.DeliveryKind;
import dk.pressline.events.notification.DeliveryRequested;
import dk.pressline.platform.kafka.TopicNames;
import dk.pressline.platform.tracing.EventTracing;
import io.cloudevents.CloudEvent;
import io.micrometer.tracing.Span;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Fans a mail out to many subscribers: one {@link DeliveryRequested} per subscriber on the
 * {@code notification-deliveries} topic, keyed by subscriber, sent in producer batches rather than one acknowledged
 * record at a time. A delivery's id is derived from (kind, subscriber, reference), so fanning the same mail out again
 * after a crash queues requests the delivery log recognises. A fan-out is a span ({@value #FAN_OUT_SPAN}) of the trace
 * that caused it, whose context every request carries in its headers.
 */
public class DeliveryQueue implements AutoCloseable {

    public static final String FAN_OUT_SPAN = "fan out";

    private static final String SOURCE = Topics.NOTIFICATION_SERVICE;

    private final Producer<String, CloudEvent> producer;
    private final String topic;
    private final Clock clock;
    private final EventTracing tracing;

    public DeliveryQueue(
            Producer<String, CloudEvent> producer, TopicNames topicNames, Clock clock, EventTracing tracing) {
        this.producer = producer;
        this.tracing = tracing;
        this.topic = topicNames.of(Topics.NOTIFICATION_DELIVERIES);
        this.clock = clock;
    }

    /**
     * Queues the mail for every subscriber and returns once the broker has acknowledged every request.
     *
     * @return how many requests were queued
     * @throws DeliveriesNotQueuedException when the broker did not take them all; queue them all again
     */
    public int enqueue(DeliveryKind kind, String reference, Stream<UUID> subscribers) {
        return tracing.call(
                tracing.current(),
                FAN_OUT_SPAN,
                Span.Kind.PRODUCER,
                () -> enqueueInTrace(kind, reference, subscribers));
    }

    private int enqueueInTrace(DeliveryKind kind, String reference, Stream<UUID> subscribers) {
        var trace = tracing.current();
        var now = clock.instant();
        var failure = new AtomicReference<Exception>();
        var count = new AtomicInteger();
        subscribers.forEach(subscriber -> {
            var deliveryId = deliveryId(kind, subscriber, reference);
            var request = new DeliveryRequested(
                    nameBased("event", deliveryId.toString()), now, deliveryId, subscriber, kind, reference);
            var record =
                    new ProducerRecord<>(topic, request.aggregateId(), EventEnvelopes.toCloudEvent(request, SOURCE));
            trace.addTo(record.headers());
            producer.send(record, (metadata, exception) -> {
                if (exception != null) {
                    failure.compareAndSet(null, exception);
                }
            });
            count.incrementAndGet();
        });
        producer.flush();
        if (failure.get() != null) {
            throw new DeliveriesNotQueuedException(kind, reference, failure.get());
        }
        return count.get();
    }

    /** The id of the one mail of this kind and reference to this subscriber. */
    public static UUID deliveryId(DeliveryKind kind, UUID subscriber, String reference) {
        return nameBased(kind.name(), subscriber + "/" + reference);
    }

    private static UUID nameBased(String namespace, String name) {
        return UUID.nameUUIDFromBytes((namespace + ":" + name).getBytes(StandardCharsets.UTF_8));
    }

    /** Some delivery requests were not acknowledged by the broker. */
    public static class DeliveriesNotQueuedException extends RuntimeException {

        DeliveriesNotQueuedException(DeliveryKind kind, String reference, Exception cause) {
            super("Not every " + kind + " delivery of " + reference + " was queued", cause);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
