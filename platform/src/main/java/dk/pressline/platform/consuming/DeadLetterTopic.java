package dk.pressline.platform.consuming;

import java.util.List;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

/**
 * A topic records no consumer can handle are parked on, with their key, value and headers as they arrived plus Spring
 * Kafka's {@code kafka_dlt-*} headers: original topic, partition (4-byte int), offset (8-byte long), consumer group,
 * and the exception's class, message and stack trace. Parking waits for the broker and throws if it does not take the
 * record, so a consumer never commits past a record that is not parked. Get one from {@link DeadLetterParking}.
 *
 * <p>As a {@link ConsumerAwareRecordRecoverer} it is the recoverer of an error handler; {@link #park} is for consumers
 * that set records aside themselves and go on with their batch.
 */
public final class DeadLetterTopic implements ConsumerAwareRecordRecoverer {

    private final String name;
    private final DeadLetterPublishingRecoverer publisher;
    private final List<Class<? extends Exception>> reasons;

    DeadLetterTopic(KafkaOperations<String, byte[]> template, String name) {
        this(
                new DeadLetterPublishingRecoverer(template, (record, exception) -> new TopicPartition(name, -1)),
                name,
                List.of());
    }

    private DeadLetterTopic(
            DeadLetterPublishingRecoverer publisher, String name, List<Class<? extends Exception>> reasons) {
        this.publisher = publisher;
        this.name = name;
        this.reasons = reasons;
    }

    /** The topic's name on this deployment. */
    public String name() {
        return name;
    }

    /**
     * This topic, naming in its headers the first exception of the given types found among the causes of a failure,
     * rather than the framework's exceptions wrapped around it.
     */
    @SafeVarargs
    public final DeadLetterTopic naming(Class<? extends Exception>... reasons) {
        return new DeadLetterTopic(publisher, name, List.of(reasons));
    }

    /** Parks a record the consumer cannot handle, for the reason given. */
    public void park(ReceivedRecord record, Exception reason) {
        accept(record.toConsumerRecord(), null, reason);
    }

    @Override
    public void accept(ConsumerRecord<?, ?> record, Consumer<?, ?> consumer, Exception exception) {
        publisher.accept(record, consumer, reasonOf(exception));
    }

    private Exception reasonOf(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            for (var reason : reasons) {
                if (reason.isInstance(cause)) {
                    return reason.cast(cause);
                }
            }
        }
        return exception;
    }
}
