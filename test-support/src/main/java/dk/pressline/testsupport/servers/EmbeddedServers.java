package dk.pressline.testsupport.servers;

import dk.pressline.servers.ElasticsearchServer;
import dk.pressline.servers.ElasticsearchSettings;
import dk.pressline.servers.InProcessKafkaBroker;
import dk.pressline.servers.MailServer;
import dk.pressline.servers.PostgresServer;
import dk.pressline.servers.RunningServer;
import java.util.Optional;

/** Real servers started from Maven Central artifacts in or beside this JVM: no Docker needed. */
public final class EmbeddedServers implements ServerStarter {

    @Override
    public KafkaEndpoint startKafka() {
        var kafka = stopAtExit(InProcessKafkaBroker.start());
        return new KafkaEndpoint(kafka.bootstrapServers());
    }

    @Override
    public PostgresEndpoint startPostgres() {
        var postgres = stopAtExit(PostgresServer.start(null, 0));
        return new PostgresEndpoint("localhost", postgres.port(), postgres.username(), postgres.password());
    }

    @Override
    public ElasticsearchEndpoint startElasticsearch() {
        var elasticsearch = stopAtExit(ElasticsearchServer.start(ElasticsearchSettings.forTests()));
        return new ElasticsearchEndpoint(elasticsearch.httpUrl());
    }

    @Override
    public MailEndpoint startMail() {
        var mail = stopAtExit(MailServer.start(0, 0));
        return new MailEndpoint(mail.host(), mail.smtpPort(), Optional.of(mail.greenMail()));
    }

    private static <S extends RunningServer> S stopAtExit(S server) {
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(server::close, "stop-" + server.getClass().getSimpleName()));
        return server;
    }
}
