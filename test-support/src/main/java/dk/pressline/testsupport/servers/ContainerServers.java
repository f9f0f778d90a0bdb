package dk.pressline.testsupport.servers;

import java.util.Optional;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Servers in Docker containers, for machines with a Docker engine ({@code PRESSLINE_TEST_SERVERS=containers}).
 * Testcontainers' Ryuk removes them when the JVM exits.
 */
public final class ContainerServers implements ServerStarter {

    @Override
    public KafkaEndpoint startKafka() {
        var kafka = new KafkaContainer("apache/kafka:4.1.2");
        kafka.start();
        return new KafkaEndpoint(kafka.getBootstrapServers());
    }

    @Override
    public PostgresEndpoint startPostgres() {
        var postgres = new PostgreSQLContainer("postgres:17");
        postgres.start();
        return new PostgresEndpoint(postgres.getHost(), postgres.getMappedPort(5432), postgres.getUsername(),
                postgres.getPassword());
    }

    @Override
    public ElasticsearchEndpoint startElasticsearch() {
        var elasticsearch = new ElasticsearchContainer("docker.elastic.co/elasticsearch/elasticsearch:8.19.21")
                .withEnv("xpack.security.enabled", "false")
                .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m");
        elasticsearch.start();
        return new ElasticsearchEndpoint("http://" + elasticsearch.getHttpHostAddress());
    }

    @Override
    public MailEndpoint startMail() {
        var mail = new GenericContainer<>("greenmail/standalone:2.1.3").withExposedPorts(3025);
        mail.start();
        return new MailEndpoint(mail.getHost(), mail.getMappedPort(3025), Optional.empty());
    }
}
