package dk.pressline.testsupport.servers;

import dk.pressline.servers.ElasticsearchSettings;
import java.util.Optional;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Servers in Docker containers, for machines with a Docker engine ({@code PRESSLINE_TEST_SERVERS=containers}).
 * Testcontainers' Ryuk removes them when the JVM exits.
 */
public final class ContainerServers implements ServerStarter {

    private static final String ELASTICSEARCH_IMAGE = "docker.elastic.co/elasticsearch/elasticsearch:8.19.21";

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

    /**
     * The official image, with the plugins the embedded server would install ({@code pressline.elasticsearch.plugins})
     * installed the same way, so the same index settings work.
     */
    @Override
    public ElasticsearchEndpoint startElasticsearch() {
        var image = new ImageFromDockerfile("pressline/elasticsearch-for-tests", false);
        var dockerfile = new StringBuilder("FROM " + ELASTICSEARCH_IMAGE + "\n");
        var plugins = ElasticsearchSettings.configuredPlugins();
        for (int i = 0; i < plugins.size(); i++) {
            var name = "plugin-" + i + ".zip";
            image.withFileFromPath(name, plugins.get(i));
            dockerfile.append("COPY ").append(name).append(" /tmp/").append(name).append("\n")
                    .append("RUN bin/elasticsearch-plugin install --batch file:///tmp/").append(name).append("\n");
        }
        image.withFileFromString("Dockerfile", dockerfile.toString());
        var elasticsearch = new ElasticsearchContainer(DockerImageName.parse(image.get())
                .asCompatibleSubstituteFor("docker.elastic.co/elasticsearch/elasticsearch"))
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
