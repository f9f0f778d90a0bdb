package dk.pressline.testsupport.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;

/**
 * Servers in containers of the production stack's own images ({@code PRESSLINE_TEST_SERVERS=containers}): Kafka,
 * Elasticsearch with the project's plugin and PostgreSQL 17, as {@code ./pressline compose} builds them (no image is
 * pulled). Testcontainers removes them when the JVM exits. Its Ryuk, whose image no registry here serves, is off
 * ({@code ./pressline test} sets {@code TESTCONTAINERS_RYUK_DISABLED}), so a JVM killed outright leaves them behind.
 *
 * <p>The mail server stays in this JVM: tests read what it received, and the stack's Postfix only relays.
 */
public final class ContainerServers implements ServerStarter {

    static final String KAFKA_IMAGE = "pressline/kafka:latest";
    static final String ELASTICSEARCH_IMAGE = "pressline/elasticsearch:latest";
    static final String POSTGRES_IMAGE = "pressline/postgres:latest";
    private static final Duration STARTUP = Duration.ofMinutes(3);

    /**
     * One KRaft node. Clients outside the container must be told an address they can reach, so the broker's port is
     * bound to a host port chosen here and advertised as such.
     */
    @Override
    public KafkaEndpoint startKafka() {
        int hostPort = freePort();
        var kafka = new GenericContainer<>(KAFKA_IMAGE)
                .withEnv(
                        "CLUSTER_ID",
                        UUID.randomUUID().toString().replace("-", "").substring(0, 22))
                .withEnv("KAFKA_NODE_ID", "1")
                .withEnv("KAFKA_PROCESS_ROLES", "broker,controller")
                .withEnv("KAFKA_LISTENERS", "PLAINTEXT://:9092,CONTROLLER://:9093")
                .withEnv("KAFKA_ADVERTISED_LISTENERS", "PLAINTEXT://127.0.0.1:" + hostPort)
                .withEnv("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT")
                .withEnv("KAFKA_CONTROLLER_LISTENER_NAMES", "CONTROLLER")
                .withEnv("KAFKA_CONTROLLER_QUORUM_VOTERS", "1@localhost:9093")
                .withEnv("KAFKA_INTER_BROKER_LISTENER_NAME", "PLAINTEXT")
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0")
                .withEnv("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "1")
                .withEnv("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1")
                .withEnv("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1")
                .withExposedPorts(9092)
                .waitingFor(Wait.forHealthcheck().withStartupTimeout(STARTUP));
        kafka.setPortBindings(List.of("127.0.0.1:" + hostPort + ":9092"));
        kafka.start();
        return new KafkaEndpoint("127.0.0.1:" + hostPort);
    }

    @Override
    public PostgresEndpoint startPostgres() {
        var password = UUID.randomUUID().toString();
        var postgres = new GenericContainer<>(POSTGRES_IMAGE)
                .withEnv("POSTGRES_USER", "postgres")
                .withEnv("POSTGRES_PASSWORD", password)
                .withCommand("-c", "max_connections=300", "-c", "fsync=off", "-c", "synchronous_commit=off")
                .withExposedPorts(5432)
                .waitingFor(Wait.forHealthcheck().withStartupTimeout(STARTUP));
        postgres.start();
        return new PostgresEndpoint(postgres.getHost(), postgres.getMappedPort(5432), "postgres", password);
    }

    @Override
    public ElasticsearchEndpoint startElasticsearch() {
        var elasticsearch = new GenericContainer<>(ELASTICSEARCH_IMAGE)
                .withExposedPorts(9200)
                .waitingFor(Wait.forHealthcheck().withStartupTimeout(STARTUP));
        elasticsearch.start();
        return new ElasticsearchEndpoint("http://" + elasticsearch.getHost() + ":" + elasticsearch.getMappedPort(9200));
    }

    @Override
    public MailEndpoint startMail() {
        return new EmbeddedServers().startMail();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
