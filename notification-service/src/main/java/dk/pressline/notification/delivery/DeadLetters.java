package dk.pressline.notification.delivery;

import dk.pressline.events.Topics;
import dk.pressline.platform.kafka.TopicNames;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;

/**
 * The delivery requests that exhausted their retries (an SMTP outage longer than the backoff) wait on
 * {@code notification-deliveries.dlq}. Redriving puts every one not redriven before back on the delivery queue, as it
 * was, once the mail server is back; the delivery log still keeps any mail from going out twice.
 */
@Component
public class DeadLetters {

    public static final String SUFFIX = ".dlq";

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final KafkaProperties kafkaProperties;
    private final String deliveries;
    private final String deadLetters;
    private final String group;

    DeadLetters(KafkaProperties kafkaProperties, TopicNames topicNames,
            @Value("${spring.application.name}") String service) {
        this.kafkaProperties = kafkaProperties;
        this.deliveries = topicNames.of(Topics.NOTIFICATION_DELIVERIES);
        this.deadLetters = deliveries + SUFFIX;
        this.group = service + "-redrive";
    }

    /** Queues the dead letters again; returns how many. */
    public synchronized int redrive() {
        try (var consumer = new KafkaConsumer<>(consumerConfig(), new StringDeserializer(), new ByteArrayDeserializer());
                var producer = new KafkaProducer<>(producerConfig(), new StringSerializer(), new ByteArraySerializer())) {
            var partitions = consumer.partitionsFor(deadLetters, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(deadLetters, info.partition())).toList();
            if (partitions.isEmpty()) {
                return 0;
            }
            consumer.assign(partitions);
            var ends = consumer.endOffsets(partitions);
            int redriven = 0;
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                for (var record : consumer.poll(POLL)) {
                    var headers = new RecordHeaders();
                    record.headers().forEach(header -> {
                        if (header.key().startsWith("ce_") || header.key().equals("content-type")) {
                            headers.add(header);
                        }
                    });
                    producer.send(new ProducerRecord<>(deliveries, null, record.key(), record.value(), headers));
                    redriven++;
                }
            }
            producer.flush();
            consumer.commitSync();
            log.info("Redrove {} dead-lettered delivery requests to {}", redriven, deliveries);
            return redriven;
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

    private Map<String, Object> producerConfig() {
        var config = new HashMap<>(kafkaProperties.buildProducerProperties());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.remove(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG);
        config.remove(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG);
        return config;
    }
}
