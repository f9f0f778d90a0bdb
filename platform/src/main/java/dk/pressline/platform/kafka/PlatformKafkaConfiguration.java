package dk.pressline.platform.kafka;

import dk.pressline.events.cloudevents.EventEnvelopes;
import dk.pressline.platform.consuming.DeadLetterParking;
import dk.pressline.platform.tracing.EventTracing;
import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.cloud.stream.binder.kafka.config.ClientFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.ProducerListener;

/**
 * Kafka as every Pressline service uses it: the catalogue topics it touches are created with their declared
 * partitions and cleanup policy, events leave as binary-mode CloudEvents no larger than
 * {@code pressline.kafka.max-request-size}, and the cluster is part of health.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@EnableConfigurationProperties(PresslineKafkaProperties.class)
public class PlatformKafkaConfiguration {

    /**
     * How long the producer tries to deliver an event before it fails the send; the sender waits for that verdict
     * rather than giving up earlier, so an event it reports as not sent is not delivered later from the producer's
     * buffer, behind the copy the outbox relay sends again.
     */
    private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(10);

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration MAX_BLOCK = Duration.ofSeconds(10);
    private static final Duration SEND_TIMEOUT =
            MAX_BLOCK.plus(DELIVERY_TIMEOUT).plusSeconds(5);

    @Bean
    @ConditionalOnMissingBean
    TopicNames topicNames(PresslineKafkaProperties properties) {
        return new TopicNames(properties.topicPrefix());
    }

    @Bean
    KafkaAdmin.NewTopics catalogueTopics(
            @Value("${spring.application.name}") String service,
            TopicNames names,
            PresslineKafkaProperties properties) {
        return new KafkaAdmin.NewTopics(CatalogueTopics.touchedBy(service).stream()
                .map(topic -> CatalogueTopics.declaration(topic, names, properties.replicationFactor()))
                .toArray(org.apache.kafka.clients.admin.NewTopic[]::new));
    }

    @Bean
    KafkaTemplate<String, CloudEvent> cloudEventKafkaTemplate(
            KafkaProperties kafkaProperties, PresslineKafkaProperties properties) {
        var config = acknowledgedProducerConfig(kafkaProperties, properties);
        config.putAll(EventEnvelopes.producerConfig());
        var template = new KafkaTemplate<String, CloudEvent>(new DefaultKafkaProducerFactory<>(config));
        // The sender's callers say what failed, once (the outbox relay per outage, or per event it parks); the default
        // listener would log every failed attempt at ERROR, every retry of an outage included.
        template.setProducerListener(new ProducerListener<>() {});
        return template;
    }

    /**
     * The one producer of records as they were consumed (string keys, byte-array values), with which every consumer
     * parks the records it cannot handle on its dead-letter topic, each send acknowledged by all in-sync replicas.
     */
    @Bean
    @ConditionalOnMissingBean
    DeadLetterParking deadLetterParking(KafkaProperties kafkaProperties, PresslineKafkaProperties properties) {
        var factory = new DefaultKafkaProducerFactory<>(
                acknowledgedProducerConfig(kafkaProperties, properties),
                new StringSerializer(),
                new ByteArraySerializer());
        var template = new KafkaTemplate<>(factory);
        // Whoever sends says what failed: the error handler a parking, the redrive its caller.
        template.setProducerListener(new ProducerListener<>() {});
        return new DeadLetterParking(template);
    }

    /** Every send waits for its acknowledgement, so lingering only adds latency. */
    private static Map<String, Object> acknowledgedProducerConfig(
            KafkaProperties kafkaProperties, PresslineKafkaProperties properties) {
        var config = kafkaProperties.buildProducerProperties();
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) MAX_BLOCK.toMillis());
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) DELIVERY_TIMEOUT.toMillis());
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) REQUEST_TIMEOUT.toMillis());
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, (int)
                properties.maxRequestSize().toBytes());
        return config;
    }

    @Bean
    @ConditionalOnMissingBean
    EventSizeLimit eventSizeLimit(PresslineKafkaProperties properties) {
        return new EventSizeLimit(properties.maxRequestSize());
    }

    @Bean
    @ConditionalOnMissingBean
    KafkaEventSender kafkaEventSender(
            KafkaTemplate<String, CloudEvent> cloudEventKafkaTemplate,
            TopicNames names,
            @Value("${spring.application.name}") String service,
            ObjectProvider<EventTracing> tracing) {
        return new KafkaEventSender(
                cloudEventKafkaTemplate, names, service, SEND_TIMEOUT, tracing.getIfAvailable(() -> EventTracing.OFF));
    }

    @Bean
    KafkaClusterHealthIndicator kafkaHealthIndicator(KafkaAdmin kafkaAdmin) {
        return new KafkaClusterHealthIndicator(kafkaAdmin.getConfigurationProperties(), Duration.ofSeconds(3));
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterBinder.class)
    static class DeadLetterTopicMetricsConfiguration {

        /**
         * The dead-letter topics among the {@link NewTopic} beans the service declares (a {@code KafkaAdmin.NewTopics}
         * does not tell its topics), measured at most every {@code pressline.kafka.dead-letter-metrics-refresh}.
         */
        @Bean
        DeadLetterTopicMetrics deadLetterTopicMetrics(
                KafkaAdmin kafkaAdmin, ObjectProvider<NewTopic> topics, PresslineKafkaProperties properties) {
            var deadLetterTopics = topics.orderedStream()
                    .map(NewTopic::name)
                    .filter(name -> name.endsWith(DeadLetterTopicMetrics.SUFFIX))
                    .distinct()
                    .sorted()
                    .toList();
            return new DeadLetterTopicMetrics(
                    kafkaAdmin.getConfigurationProperties(),
                    deadLetterTopics,
                    properties.deadLetterMetricsRefresh(),
                    Duration.ofSeconds(3));
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterBinder.class)
    static class KafkaClientMetricsConfiguration {

        /**
         * In place of the binder's own customizer of this name, which adds the same Micrometer listeners with
         * Micrometer's fixed refresh of a minute.
         */
        @Bean
        ClientFactoryCustomizer binderClientFactoryCustomizer(
                ObjectProvider<MeterRegistry> registry, PresslineKafkaProperties properties) {
            return new KafkaClientMetricsRefresh(registry, properties.clientMetricsRefresh());
        }
    }
}
