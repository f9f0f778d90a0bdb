package dk.pressline.platform.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a service names and creates the catalogue's topics.
 *
 * @param topicPrefix prepended to every catalogue topic name, to separate environments or test runs sharing a broker
 * @param replicationFactor replication factor of the topics this service creates (3 in production)
 */
@ConfigurationProperties("pressline.kafka")
public record PresslineKafkaProperties(String topicPrefix, Short replicationFactor) {

    public PresslineKafkaProperties {
        topicPrefix = topicPrefix == null ? "" : topicPrefix;
        replicationFactor = replicationFactor == null ? 1 : replicationFactor;
    }
}
