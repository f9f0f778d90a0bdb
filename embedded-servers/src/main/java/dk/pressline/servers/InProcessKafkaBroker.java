package dk.pressline.servers;

import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * One broker inside this JVM (spring-kafka-test's KRaft broker), with temporary storage, for tests. Kept apart from
 * {@link KafkaServer} because Kafka's test kit is on the class path of tests only, never on the launcher's.
 */
public final class InProcessKafkaBroker {

    private static final Logger log = LoggerFactory.getLogger(InProcessKafkaBroker.class);

    private InProcessKafkaBroker() {}

    public static KafkaServer start() {
        long started = System.nanoTime();
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
        broker.brokerProperties(Map.of(
                "group.initial.rebalance.delay.ms", "0",
                "offsets.topic.replication.factor", "1",
                "transaction.state.log.replication.factor", "1",
                "transaction.state.log.min.isr", "1"));
        try {
            broker.afterPropertiesSet();
        } catch (RuntimeException e) {
            throw new ServerStartException("The in-process Kafka broker did not start: " + e.getMessage(), e);
        }
        // The test kit binds every interface and advertises "localhost"; bootstrap through the loopback address.
        String bootstrapServers = broker.getBrokersAsString().replace("localhost:", "127.0.0.1:");
        log.info(
                "In-process Kafka ready at {} in {} ms",
                bootstrapServers,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        return new KafkaServer(bootstrapServers, broker::destroy);
    }
}
