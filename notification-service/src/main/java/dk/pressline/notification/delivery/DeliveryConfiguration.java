package dk.pressline.notification.delivery;

import dk.pressline.events.Topics;
import dk.pressline.events.cloudevents.EventEnvelopes;
import dk.pressline.platform.kafka.PresslineKafkaProperties;
import dk.pressline.platform.kafka.TopicNames;
import dk.pressline.platform.tracing.EventTracing;
import io.cloudevents.CloudEvent;
import java.time.Clock;
import java.time.Duration;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.mail.javamail.JavaMailSenderImpl;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeliveryProperties.class)
class DeliveryConfiguration {

    private static final String SENDER_CONSUMER_CONFIGURATION =
            "spring.cloud.stream.kafka.bindings.sendDeliveries-in-0.consumer.configuration.";
    private static final String SENDER_CONCURRENCY =
            "spring.cloud.stream.bindings.sendDeliveries-in-0.consumer.concurrency";
    private static final int DEFAULT_MAX_POLL_RECORDS = 500;

    /** Where delivery requests that used up their retries wait to be redriven; kept like the delivery queue. */
    @Bean
    NewTopic deadLetterTopic(TopicNames topicNames, PresslineKafkaProperties kafkaProperties) {
        var deliveries = Topics.NOTIFICATION_DELIVERIES;
        return TopicBuilder.name(topicNames.of(deliveries) + DeadLetters.SUFFIX)
                .partitions(deliveries.partitions())
                .replicas(kafkaProperties.replicationFactor())
                .config("retention.ms", Long.toString(Duration.ofDays(30).toMillis()))
                .build();
    }

    /**
     * The lease of a claim on a mail: as set, or four times what a batch of the sender ({@code max.poll.records})
     * takes at the instance's send rate shared by its sending threads, and at least a minute.
     */
    @Bean
    ClaimLease claimLease(DeliveryProperties properties, Environment environment) {
        if (properties.claimLease() != null) {
            return new ClaimLease(properties.claimLease());
        }
        var batchSize = environment.getProperty(
                SENDER_CONSUMER_CONFIGURATION + "max.poll.records", Integer.class, DEFAULT_MAX_POLL_RECORDS);
        var threads = environment.getProperty(SENDER_CONCURRENCY, Integer.class, 1);
        return ClaimLease.forBatches(batchSize, threads, properties.sendRatePerSecond());
    }

    @Bean
    MailTemplates mailTemplates() {
        return new MailTemplates();
    }

    @Bean(destroyMethod = "close")
    SmtpSender smtpSender(JavaMailSenderImpl mailSender, DeliveryProperties properties) {
        return new SmtpSender(mailSender, properties.sendRatePerSecond());
    }

    /** A producer of its own for fan-outs: batched sends with a short linger rather than one acknowledged send each. */
    @Bean
    DeliveryQueue deliveryQueue(
            KafkaProperties kafkaProperties, TopicNames topicNames, Clock clock, EventTracing tracing) {
        var config = kafkaProperties.buildProducerProperties();
        config.putAll(EventEnvelopes.producerConfig());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 10);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "notification-fan-out");
        return new DeliveryQueue(new KafkaProducer<String, CloudEvent>(config), topicNames, clock, tracing);
    }
}
