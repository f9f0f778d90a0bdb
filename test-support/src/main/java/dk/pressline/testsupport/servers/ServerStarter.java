package dk.pressline.testsupport.servers;

/** Starts servers for a test JVM; they stop when the JVM exits. */
public interface ServerStarter {

    KafkaEndpoint startKafka();

    PostgresEndpoint startPostgres();

    ElasticsearchEndpoint startElasticsearch();

    MailEndpoint startMail();
}
