package dk.pressline.notification.intake;

import dk.pressline.platform.consuming.DeadLetterParking;
import dk.pressline.platform.kafka.PresslineKafkaProperties;
import dk.pressline.platform.kafka.TopicNames;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

    /** Where the records of the followed topics that can never be handled wait to be redriven. */
    @Bean
    NewTopic parkedRecordsTopic(TopicNames topicNames, PresslineKafkaProperties kafkaProperties) {
        var topic = ParkedRecords.TOPIC;
        return TopicBuilder.name(topicNames.of(topic))
                .partitions(topic.partitions())
                .replicas(kafkaProperties.replicationFactor())
                .configs(topic.kafkaConfigs())
                .build();
    }

    @Bean
    ParkedRecords parkedRecords(
            KafkaProperties kafkaProperties,
            DeadLetterParking parking,
            TopicNames topicNames,
            @Value("${spring.application.name}") String service,
            List<FollowedTopic<?>> followedTopics) {
        return new ParkedRecords(
                kafkaProperties, parking.template(), topicNames.of(ParkedRecords.TOPIC), service, followedTopics);
    }
}
