package dk.pressline.article;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pressline.events.PresslineEvent;
import dk.pressline.events.Topics;
import dk.pressline.events.cloudevents.EventEnvelopes;
import dk.pressline.platform.kafka.TopicNames;
import dk.pressline.servers.KafkaServer;
import dk.pressline.testsupport.RealServers;
import dk.pressline.testsupport.Server;
import dk.pressline.testsupport.kafka.KafkaProbe;
import dk.pressline.testsupport.security.AcceptsTestTokens;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * Editors keep working while Kafka is down, and the events reach the topic, in order, when it returns. The broker is
 * a Kafka process of this test's own, stopped and started again on the same port and data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AcceptsTestTokens
@RealServers(Server.POSTGRES)
class BrokerOutageTests {

    static final Path brokerData = temporaryDirectory();
    static final int brokerPort = freePort();
    static KafkaServer broker = KafkaServer.startProcess(brokerData, brokerPort);

    @DynamicPropertySource
    static void ownBroker(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", BrokerOutageTests::bootstrapServers);
        registry.add("pressline.kafka.topic-prefix", () -> "outage.");
    }

    @LocalServerPort
    int port;

    @Autowired
    TopicNames topicNames;

    @AfterAll
    static void stopBroker() {
        broker.close();
        FileSystemUtils.deleteRecursively(brokerData.toFile());
    }

    @Test
    void keepsEditorsWorkingWhileTheBrokerIsDownAndDeliversTheEventsInOrderWhenItReturns() {
        var newsroom = Newsroom.at(port);
        var first = newsroom.create("Før nedbruddet").json().path("id").asString();
        var second = newsroom.create("Under nedbruddet").json().path("id").asString();
        newsroom.act(first, "submit");
        newsroom.act(second, "submit");
        newsroom.act(first, "publish");
        assertThat(eventTypes(first, 1)).containsExactly("ArticlePublished");

        broker.close();
        newsroom.ok(newsroom.editor
                .withHeader("If-Match", "\"3\"")
                .put("/api/articles/" + first, newsroom.article("Før nedbruddet, opdateret")));
        assertThat(newsroom.act(first, "correct", """
                {"note": "Tallet er rettet."}""")).isEqualTo("PUBLISHED");
        assertThat(newsroom.act(second, "publish")).isEqualTo("PUBLISHED");
        broker = KafkaServer.startProcess(brokerData, brokerPort);

        assertThat(eventTypes(first, 3)).containsExactly("ArticlePublished", "ArticleUpdated", "ArticleCorrected");
        assertThat(eventTypes(second, 1)).containsExactly("ArticlePublished");
    }

    private List<String> eventTypes(String articleId, int expected) {
        try (var probe = KafkaProbe.reading(bootstrapServers(), topicNames.of(Topics.ARTICLES))) {
            return probe
                    .awaitRecords(record -> articleId.equals(record.key()), expected, Duration.ofSeconds(60))
                    .stream()
                    .map(EventEnvelopes::fromConsumerRecord)
                    .map(PresslineEvent::getClass)
                    .map(Class::getSimpleName)
                    .toList();
        }
    }

    private static String bootstrapServers() {
        return "127.0.0.1:" + brokerPort;
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("pressline-outage-kafka");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
