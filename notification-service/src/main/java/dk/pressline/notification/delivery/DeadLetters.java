package dk.pressline.notification.delivery;

import dk.pressline.events.Topics;
import dk.pressline.platform.consuming.DeadLetterParking;
import dk.pressline.platform.kafka.TopicNames;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.stereotype.Component;

/**
 * The delivery requests that exhausted their retries (an SMTP outage longer than the backoff), and the records on the
 * delivery queue that are not delivery requests, wait on {@code notification-deliveries.dlq}. Redriving puts every one
 * not redriven before back on the delivery queue, as it was, once the mail server is back; the delivery log still
 * keeps any mail from going out twice.
 */
@Component
public class DeadLetters {

    public static final String SUFFIX = ".dlq";
    /** Counts the delivery requests parked on the dead-letter topic (DeliveryFunctions parks them). */
    public static final String DEAD_LETTERED_METRIC = "pressline.notifications.mails.dead-lettered";

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration ACKNOWLEDGEMENT_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaProperties kafkaProperties;
    private final KafkaOperations<String, byte[]> kafka;
    private final String deliveries;
    private final String deadLetters;
    private final String group;

    DeadLetters(
            KafkaProperties kafkaProperties,
            DeadLetterParking parking,
            TopicNames topicNames,
            @Value("${spring.application.name}") String service) {
        this.kafkaProperties = kafkaProperties;
        this.kafka = parking.template();
        this.deliveries = topicNames.of(Topics.NOTIFICATION_DELIVERIES);
        this.deadLetters = deliveries + SUFFIX;
        this.group = service + "-redrive";
    }

    /**
     * Queues the dead letters again and returns how many, committing each only once the broker has taken it. A
     * request the broker does not take stays on the dead-letter topic, with the ones after it in its partition, and
     * {@link NotRedrivenException} says so; the next redrive tries them again.
     */
    public synchronized int redrive() {
        try (var consumer =
                new KafkaConsumer<>(consumerConfig(), new StringDeserializer(), new ByteArrayDeserializer())) {
            var partitions = consumer.partitionsFor(deadLetters, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(deadLetters, info.partition()))
                    .toList();
            if (partitions.isEmpty()) {
                return 0;
            }
            consumer.assign(partitions);
            var ends = consumer.endOffsets(partitions);
            var resent = new ArrayList<Resent>();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                for (var record : consumer.poll(POLL)) {
                    resent.add(new Resent(
                            new TopicPartition(record.topic(), record.partition()), record.offset(), resend(record)));
                }
            }
            kafka.flush();
            var taken = new HashMap<TopicPartition, OffsetAndMetadata>();
            var refused = new HashMap<TopicPartition, Throwable>();
            for (var request : resent) {
                if (refused.containsKey(request.partition())) {
                    continue;
                }
                try {
                    request.result().get(ACKNOWLEDGEMENT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                    taken.put(request.partition(), new OffsetAndMetadata(request.offset() + 1));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    refused.put(request.partition(), e);
                } catch (ExecutionException e) {
                    refused.put(request.partition(), e.getCause());
                } catch (TimeoutException e) {
                    refused.put(request.partition(), e);
                }
            }
            if (!taken.isEmpty()) {
                consumer.commitSync(taken);
            }
            var redriven = (int) resent.stream()
                    .filter(request -> taken.containsKey(request.partition())
                            && request.offset() < taken.get(request.partition()).offset())
                    .count();
            if (!refused.isEmpty()) {
                throw new NotRedrivenException(
                        redriven,
                        resent.size() - redriven,
                        refused.values().iterator().next());
            }
            log.info("Redrove {} dead-lettered delivery requests to {}", redriven, deliveries);
            return redriven;
        }
    }

    private Future<?> resend(ConsumerRecord<String, byte[]> record) {
        var headers = new RecordHeaders();
        record.headers().forEach(header -> {
            if (header.key().startsWith("ce_") || header.key().equals("content-type")) {
                headers.add(header);
            }
        });
        try {
            return kafka.send(new ProducerRecord<>(deliveries, null, record.key(), record.value(), headers));
        } catch (KafkaException | org.springframework.kafka.KafkaException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private Map<String, Object> consumerConfig() {
        var config = new HashMap<>(kafkaProperties.buildConsumerProperties());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.remove(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG);
        config.remove(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG);
        return config;
    }

    private record Resent(TopicPartition partition, long offset, Future<?> result) {}

    /** The broker did not take some dead letters back on the delivery queue; they stay on the dead-letter topic. */
    public static class NotRedrivenException extends RuntimeException {

        private final int redriven;
        private final int left;

        NotRedrivenException(int redriven, int left, Throwable cause) {
            super(
                    redriven + " dead letters redriven, " + left + " left on the dead-letter topic: the delivery queue "
                            + "did not take them (" + cause + ")",
                    cause);
            this.redriven = redriven;
            this.left = left;
        }

        public int redriven() {
            return redriven;
        }

        public int left() {
            return left;
        }
    }
}
