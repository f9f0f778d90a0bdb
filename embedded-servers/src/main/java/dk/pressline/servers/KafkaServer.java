package dk.pressline.servers;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A single-node KRaft Kafka broker: in this JVM for tests ({@link InProcessKafkaBroker}), or as a JVM of its own. */
public final class KafkaServer implements RunningServer {

    /** The directory of jars a broker JVM runs on; the build sets it for tests (the kafka-broker module's target/lib). */
    public static final String BROKER_LIBRARY_PROPERTY = "pressline.kafka.broker-library";

    private static final Logger log = LoggerFactory.getLogger(KafkaServer.class);

    private final String bootstrapServers;
    private final Runnable stop;
    private final AtomicBoolean closed = new AtomicBoolean();

    KafkaServer(String bootstrapServers, Runnable stop) {
        this.bootstrapServers = bootstrapServers;
        this.stop = stop;
    }

    /**
     * A broker in a JVM of its own, on the class path the build configured ({@value #BROKER_LIBRARY_PROPERTY}).
     *
     * @param port the client port; 0 for any free port
     */
    public static KafkaServer startProcess(Path dataDirectory, int port) {
        return startProcess(dataDirectory, port, configuredBrokerLibrary());
    }

    /**
     * A broker in a JVM of its own with persistent data: the data directory is formatted on first use and kept.
     *
     * @param port the client port; 0 for any free port
     * @param brokerLibrary a directory holding {@code kafka_2.13}, its runtime dependencies and Log4j 2 as plain jars
     */
    public static KafkaServer startProcess(Path dataDirectory, int port, Path brokerLibrary) {
        KafkaBrokerProcess broker = KafkaBrokerProcess.start(dataDirectory, port, brokerLibrary);
        return new KafkaServer(broker.bootstrapServers(), broker::stop);
    }

    static Path configuredBrokerLibrary() {
        String configured = System.getProperty(BROKER_LIBRARY_PROPERTY);
        if (configured == null || configured.isBlank()) {
            throw new ServerStartException("Set -D" + BROKER_LIBRARY_PROPERTY + " to the directory of a Kafka broker's "
                    + "jars (the kafka-broker module's target/lib)");
        }
        return Path.of(configured);
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
