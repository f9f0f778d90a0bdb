package dk.pressline.search.indexing;

import dk.pressline.events.Topic;
import dk.pressline.events.Topics;
import dk.pressline.platform.consuming.DeadLetterParking;
import dk.pressline.platform.consuming.DeadLetterTopic;
import dk.pressline.platform.kafka.ConsumerErrorHandlers;
import dk.pressline.platform.kafka.PresslineKafkaProperties;
import dk.pressline.platform.kafka.TopicNames;
import java.time.Duration;
import java.util.Set;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.cloud.stream.config.ListenerContainerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;

@Configuration(proxyBeanMethods = false)
class IndexingConfiguration {

    /** search-service's own topic, outside the catalogue: nothing else reads it but an operator. */
    static final Topic DEAD_LETTER_TOPIC = new Topic(
            Topics.SEARCH_SERVICE + ".dlq",
            "the parked record's original key",
            1,
            Topic.CleanupPolicy.DELETE,
            Duration.ofDays(14),
            Set.of(Topics.SEARCH_SERVICE),
            Set.of(),
            "Records from the articles and placements topics that can never be indexed, with the reason.");

    @Bean
    NewTopic deadLetterTopic(TopicNames names, PresslineKafkaProperties properties) {
        return new NewTopic(names.of(DEAD_LETTER_TOPIC), DEAD_LETTER_TOPIC.partitions(), properties.replicationFactor())
                .configs(DEAD_LETTER_TOPIC.kafkaConfigs());
    }

    /** Elasticsearch being away or refusing writes holds indexing back until it is back; nothing is skipped. */
    @Bean
    ListenerContainerCustomizer<AbstractMessageListenerContainer<?, ?>> indexingWaitsForElasticsearch() {
        return (container, destination, group) ->
                container.setCommonErrorHandler(ConsumerErrorHandlers.retryUntilItSucceeds());
    }

    /** Where the indexing functions park records that can never be indexed, with the reason. */
    @Bean
    DeadLetterTopic searchDeadLetters(DeadLetterParking parking, TopicNames names) {
        return parking.on(names.of(DEAD_LETTER_TOPIC));
    }
}
