package dk.pressline.testsupport.servers;

import java.util.Map;
import java.util.Optional;

/**
 * Servers that already run elsewhere, named by environment variables:
 * {@code PRESSLINE_TEST_KAFKA_BOOTSTRAP_SERVERS};
 * {@code PRESSLINE_TEST_POSTGRES_HOST} with {@code _PORT} (5432), {@code _USERNAME} and {@code _PASSWORD} (postgres),
 * a user that may create databases;
 * {@code PRESSLINE_TEST_ELASTICSEARCH_URL};
 * {@code PRESSLINE_TEST_SMTP_HOST} with {@code _PORT} (25).
 */
public final class ExternalServers {

    private final Map<String, String> environment;

    public ExternalServers(Map<String, String> environment) {
        this.environment = environment;
    }

    public Optional<KafkaEndpoint> kafka() {
        return variable("KAFKA_BOOTSTRAP_SERVERS").map(KafkaEndpoint::new);
    }

    public Optional<PostgresEndpoint> postgres() {
        return variable("POSTGRES_HOST")
                .map(host -> new PostgresEndpoint(
                        host,
                        Integer.parseInt(variable("POSTGRES_PORT").orElse("5432")),
                        variable("POSTGRES_USERNAME").orElse("postgres"),
                        variable("POSTGRES_PASSWORD").orElse("postgres")));
    }

    public Optional<ElasticsearchEndpoint> elasticsearch() {
        return variable("ELASTICSEARCH_URL").map(ElasticsearchEndpoint::new);
    }

    public Optional<MailEndpoint> mail() {
        return variable("SMTP_HOST")
                .map(host -> new MailEndpoint(
                        host, Integer.parseInt(variable("SMTP_PORT").orElse("25")), Optional.empty()));
    }

    private Optional<String> variable(String name) {
        return Optional.ofNullable(environment.get("PRESSLINE_TEST_" + name)).filter(value -> !value.isBlank());
    }
}
