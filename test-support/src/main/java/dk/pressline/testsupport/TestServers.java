package dk.pressline.testsupport;

import dk.pressline.testsupport.servers.ContainerServers;
import dk.pressline.testsupport.servers.ElasticsearchEndpoint;
import dk.pressline.testsupport.servers.EmbeddedServers;
import dk.pressline.testsupport.servers.ExternalServers;
import dk.pressline.testsupport.servers.KafkaEndpoint;
import dk.pressline.testsupport.servers.MailEndpoint;
import dk.pressline.testsupport.servers.PostgresEndpoint;
import dk.pressline.testsupport.servers.ServerStarter;

/**
 * The real servers of this test JVM, each started on first use and shared by every test that runs here.
 *
 * <p>Where servers come from: a server named by environment variables ({@code PRESSLINE_TEST_KAFKA_BOOTSTRAP_SERVERS},
 * {@code PRESSLINE_TEST_POSTGRES_HOST}, {@code PRESSLINE_TEST_ELASTICSEARCH_URL}, {@code PRESSLINE_TEST_SMTP_HOST},
 * see {@link ExternalServers}) is used as it is; otherwise {@code PRESSLINE_TEST_SERVERS=containers} starts it with
 * Testcontainers on a machine with Docker, and the default starts it embedded, from Maven Central artifacts.
 */
public final class TestServers {

    private static final ExternalServers external = new ExternalServers(System.getenv());
    private static final ServerStarter started = "containers".equals(System.getenv("PRESSLINE_TEST_SERVERS"))
            ? new ContainerServers()
            : new EmbeddedServers();

    private static KafkaEndpoint kafka;
    private static PostgresEndpoint postgres;
    private static ElasticsearchEndpoint elasticsearch;
    private static MailEndpoint mail;

    private TestServers() {}

    public static synchronized KafkaEndpoint kafka() {
        if (kafka == null) {
            kafka = external.kafka().orElseGet(started::startKafka);
        }
        return kafka;
    }

    public static synchronized PostgresEndpoint postgres() {
        if (postgres == null) {
            postgres = external.postgres().orElseGet(started::startPostgres);
        }
        return postgres;
    }

    public static synchronized ElasticsearchEndpoint elasticsearch() {
        if (elasticsearch == null) {
            elasticsearch = external.elasticsearch().orElseGet(started::startElasticsearch);
        }
        return elasticsearch;
    }

    public static synchronized MailEndpoint mail() {
        if (mail == null) {
            mail = external.mail().orElseGet(started::startMail);
        }
        return mail;
    }
}
