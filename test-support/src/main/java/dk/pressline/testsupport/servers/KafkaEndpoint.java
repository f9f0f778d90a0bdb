package dk.pressline.testsupport.servers;

/** A reachable Kafka cluster. */
public record KafkaEndpoint(String bootstrapServers) {}
