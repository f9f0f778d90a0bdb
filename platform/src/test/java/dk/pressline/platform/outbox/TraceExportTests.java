package dk.pressline.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import dk.pressline.events.Topics;
import dk.pressline.platform.kafka.TopicNames;
import dk.pressline.testsupport.RealServers;
import dk.pressline.testsupport.Server;
import dk.pressline.testsupport.kafka.KafkaProbe;
import io.micrometer.tracing.Tracer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With export switched on, a service posts its spans in batches to Zipkin's collector API ({@code /api/v2/spans}, here
 * a plain HTTP receiver standing in for the trace viewer), and goes on sending events when no collector answers.
 */
@SpringBootTest(
        classes = OutboxTestService.class,
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "spring.application.name=search-service",
            "spring.flyway.locations=classpath:db/outbox",
            "management.tracing.sampling.probability=1.0",
            "management.tracing.export.zipkin.enabled=true",
            "management.opentelemetry.tracing.export.schedule-delay=200ms"
        })
@RealServers({Server.KAFKA, Server.POSTGRES})
class TraceExportTests {

    private static final List<String> posted = new CopyOnWriteArrayList<>();
    private static final HttpServer collector = collector();

    @DynamicPropertySource
    static void collectorEndpoint(DynamicPropertyRegistry properties) {
        properties.add(
                "management.tracing.export.zipkin.endpoint",
                () -> "http://localhost:" + collector.getAddress().getPort() + "/api/v2/spans");
    }

    @AfterAll
    static void stopCollector() {
        collector.stop(0);
    }

    @Autowired
    EventOutbox outbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    TopicNames topicNames;

    @Autowired
    Tracer tracer;

    @Test
    void postsSpansToZipkinAndGoesOnSendingEventsWithoutIt() {
        var first = OutboxTests.click(UUID.randomUUID(), 1);
        var request = tracer.nextSpan().name("publish request").start();
        try (var inScope = tracer.withSpan(request)) {
            transactions.executeWithoutResult(status -> outbox.append(first));
        } finally {
            request.end();
        }
        var traceId = request.context().traceId();
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(posted)
                        .anySatisfy(body -> assertThat(body)
                                .contains(
                                        "\"traceId\":\"" + traceId + "\"",
                                        "\"name\":\"publish request\"",
                                        "\"serviceName\":\"search-service\"")));

        collector.stop(0);
        var second = OutboxTests.click(UUID.randomUUID(), 1);
        try (var interactions = KafkaProbe.reading(topicNames.of(Topics.INTERACTIONS))) {
            transactions.executeWithoutResult(status -> outbox.append(second));
            assertThat(interactions.awaitRecordWithKey(second.aggregateId())).isNotNull();
        }
    }

    private static HttpServer collector() {
        try {
            var server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/api/v2/spans", exchange -> {
                posted.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                exchange.sendResponseHeaders(202, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
