package dk.pressline.notification.intake;

import dk.pressline.events.Topic;
import dk.pressline.events.Topics;
import dk.pressline.platform.consuming.ReceivedRecord;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * The records of the topics this service follows (articles, placements) that could never be handled, parked on
 * {@code notification-service.dlq} by the consumers with the original topic, partition and offset and the reason
 * (Spring Kafka's {@code kafka_dlt-*} headers). Redriving hands every record parked since the last redrive to its
 * topic's handler again, e.g. after a release that reads what an older one could not; a record still unreadable is
 * parked again, at the end of the topic, with its original headers and the new reason.
 */
public class ParkedRecords {

    /** This service's own topic, outside the catalogue: nothing else reads it but an operator. */
    public static final Topic TOPIC = new Topic(
            Topics.NOTIFICATION_SERVICE + ".dlq",
            "the parked record's original key",
            1,
            Topic.CleanupPolicy.DELETE,
            Duration.ofDays(30),
            Set.of(Topics.NOTIFICATION_SERVICE),
            Set.of(),
            "Records from the articles and placements topics that notification-service can never handle, with the "
                    + "reason.");

    private static final Logger log = LoggerFactory.getLogger(ParkedRecords.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration ACKNOWLEDGEMENT_TIMEOUT = Duration.ofSeconds(10);

    private final KafkaProperties kafkaProperties;
    private final KafkaOperations<String, byte[]> kafka;
    private final String topic;
    private final String group;
    private final Map<String, FollowedTopic<?>> followed;

    public ParkedRecords(
            KafkaProperties kafkaProperties,
            KafkaOperations<String, byte[]> kafka,
            String topic,
            String service,
            List<FollowedTopic<?>> followed) {
        this.kafkaProperties = kafkaProperties;
        this.kafka = kafka;
        this.topic = topic;
        this.group = service + "-redrive-parked";
        this.followed = followed.stream().collect(Collectors.toMap(FollowedTopic::name, Function.identity()));
    }

    public String topic() {
        return topic;
    }

    /**
     * Handles every record parked since the last redrive again. A record that fails for a passing reason (the
     * database away) stops the redrive: it and the records after it stay parked for the next one.
     */
    public synchronized Redriven redrive() {
        try (var consumer =
                new KafkaConsumer<>(consumerConfig(), new StringDeserializer(), new ByteArrayDeserializer())) {
            var partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            if (partitions.isEmpty()) {
                return new Redriven(0, 0);
            }
            consumer.assign(partitions);
            var ends = consumer.endOffsets(partitions);
            var done = new HashMap<TopicPartition, OffsetAndMetadata>();
            int handled = 0;
            int parkedAgain = 0;
            try {
                while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                    for (var record : consumer.poll(POLL)) {
                        var partition = new TopicPartition(record.topic(), record.partition());
                        if (record.offset() >= ends.get(partition)) {
                            continue;
                        }
                        try {
                            handle(record);
                            handled++;
                        } catch (UnreadableRecordException e) {
                            parkAgain(record, e);
                            parkedAgain++;
                        }
                        done.put(partition, new OffsetAndMetadata(record.offset() + 1));
                    }
                }
            } finally {
                if (!done.isEmpty()) {
                    consumer.commitSync(done);
                }
            }
            log.info("Redrove parked records: {} handled, {} parked again", handled, parkedAgain);
            return new Redriven(handled, parkedAgain);
        }
    }

    private void handle(ConsumerRecord<String, byte[]> record) {
        var originalTopic = header(record, KafkaHeaders.DLT_ORIGINAL_TOPIC);
        var followedTopic = originalTopic == null ? null : followed.get(originalTopic);
        if (followedTopic == null) {
            throw new UnreadableRecordException(
                    "No consumer of this service follows the record's original topic " + originalTopic);
        }
        followedTopic.handle(ReceivedRecord.of(record));
    }

    private void parkAgain(ConsumerRecord<String, byte[]> record, UnreadableRecordException reason) {
        var headers = new RecordHeaders(record.headers().toArray());
        headers.remove(KafkaHeaders.DLT_EXCEPTION_MESSAGE);
        headers.add(KafkaHeaders.DLT_EXCEPTION_MESSAGE, reason.getMessage().getBytes(StandardCharsets.UTF_8));
        try {
            kafka.send(new ProducerRecord<>(topic, null, record.key(), record.value(), headers))
                    .get(ACKNOWLEDGEMENT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while parking a record again on " + topic, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not park a record again on " + topic, e);
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
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

    /** What a redrive did: records handled now, and records still unreadable, parked again. */
    public record Redriven(int handled, int parkedAgain) {}
}
