package dk.pressline.servers;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** A single-node KRaft Kafka broker: in this JVM for tests, or as a separate JVM with persistent data. */
public final class KafkaServer implements RunningServer {

    private static final Logger log = LoggerFactory.getLogger(KafkaServer.class);

    private final String bootstrapServers;
    private final Runnable stop;
    private final AtomicBoolean closed = new AtomicBoolean();

    private KafkaServer(String bootstrapServers, Runnable stop) {
        this.bootstrapServers = bootstrapServers;
        this.stop = stop;
    }

    /** One broker inside this JVM (spring-kafka-test's KRaft broker), with temporary storage. */
    public static KafkaServer startInProcess() {
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
        log.info("In-process Kafka ready at {} in {} ms", bootstrapServers,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        return new KafkaServer(bootstrapServers, broker::destroy);
    }

    /**
     * A broker in a separate JVM, for the local run. The data directory is formatted on first use and kept. The child
     * JVM gets this JVM's class path, which must hold {@code kafka_2.13} and its runtime dependencies as plain jars.
     *
     * @param port the client port; 0 for any free port
     */
    public static KafkaServer startProcess(Path dataDirectory, int port) {
        KafkaBrokerProcess broker = KafkaBrokerProcess.start(dataDirectory, port);
        return new KafkaServer(broker.bootstrapServers(), broker::stop);
    }

    /** Where clients connect, {@code 127.0.0.1:port}. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            stop.run();
            log.info("Kafka at {} stopped", bootstrapServers);
        }
    }
}
