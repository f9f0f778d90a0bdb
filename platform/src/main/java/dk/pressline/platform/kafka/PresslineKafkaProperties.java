package dk.pressline.platform.kafka;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How a service names and creates the catalogue's topics, and how large an event it may send.
 *
 * @param topicPrefix prepended to every catalogue topic name, to separate environments or test runs sharing a broker
 * @param replicationFactor replication factor of the topics this service creates (3 in production)
 * @param maxRequestSize the producer's {@code max.request.size}, and with it the largest event a service accepts
 *     input for ({@link EventSizeLimit}); 1 MiB unless set, Kafka's own default. The broker's and the topics'
 *     {@code max.message.bytes} must be at least as large, or the events between are refused there and parked
 * @param clientMetricsRefresh how often Micrometer looks for a Kafka client's new metrics, such as a consumer's
 *     per-partition lag once partitions are assigned to it; 1 minute unless set, Micrometer's own default
 * @param deadLetterMetricsRefresh how long the dead-letter topics' sizes are shown before they are read again; 15 s
 *     unless set
 */
@ConfigurationProperties("pressline.kafka")
public record PresslineKafkaProperties(
        String topicPrefix,
        Short replicationFactor,
        DataSize maxRequestSize,
        Duration clientMetricsRefresh,
        Duration deadLetterMetricsRefresh) {

    public PresslineKafkaProperties {
        topicPrefix = topicPrefix == null ? "" : topicPrefix;
        replicationFactor = replicationFactor == null ? 1 : replicationFactor;
        maxRequestSize = maxRequestSize == null ? DataSize.ofMegabytes(1) : maxRequestSize;
        clientMetricsRefresh = clientMetricsRefresh == null ? Duration.ofMinutes(1) : clientMetricsRefresh;
        deadLetterMetricsRefresh = deadLetterMetricsRefresh == null ? Duration.ofSeconds(15) : deadLetterMetricsRefresh;
    }
}
