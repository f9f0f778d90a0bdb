package dk.pressline.platform.outbox;

import static dk.pressline.testsupport.tracing.CapturedSpans.spanIdOf;
import static dk.pressline.testsupport.tracing.CapturedSpans.traceIdOf;
import static org.assertj.core.api.Assertions.assertThat;

import dk.pressline.events.Topics;
import dk.pressline.platform.kafka.TopicNames;
import dk.pressline.platform.tracing.CarriedTrace;
import dk.pressline.testsupport.RealServers;
import dk.pressline.testsupport.Server;
import dk.pressline.testsupport.kafka.KafkaProbe;
import dk.pressline.testsupport.tracing.CapturedSpans;
import dk.pressline.testsupport.tracing.CapturedSpansConfiguration;
import io.micrometer.tracing.Tracer;
import io.opentelemetry.api.trace.SpanKind;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An event takes the trace of the span it was appended in (an HTTP request's, say) through the outbox: the relay
 * sends it in a span of that trace, and the record's {@code traceparent} header names that span.
 */
@SpringBootTest(
        classes = OutboxTestService.class,
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "spring.application.name=search-service",
            "spring.flyway.locations=classpath:db/outbox",
            "management.tracing.sampling.probability=1.0"
        })
@RealServers({Server.KAFKA, Server.POSTGRES})
@Import(CapturedSpansConfiguration.class)
class OutboxTracingTests {

    @Autowired
    EventOutbox outbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    TopicNames topicNames;

    @Autowired
    Tracer tracer;

    @Autowired
    CapturedSpans spans;

    @Test
    void sendsAnEventInTheTraceOfTheSpanItWasAppendedIn() {
        var event = OutboxTests.click(UUID.randomUUID(), 1);
        var request = tracer.nextSpan().name("publish request").start();
        try (var inScope = tracer.withSpan(request)) {
            transactions.executeWithoutResult(status -> outbox.append(event));
        } finally {
            request.end();
        }

        var traceparent = traceparentOf(recordOf(event.aggregateId()));
        var send = spans.awaitSpan(span -> span.getSpanId().equals(spanIdOf(traceparent)));
        assertThat(traceIdOf(traceparent)).isEqualTo(request.context().traceId());
        assertThat(send.getParentSpanId())
                .as("the relay's send continues the appending span")
                .isEqualTo(request.context().spanId());
        assertThat(send.getKind()).isEqualTo(SpanKind.PRODUCER);
        assertThat(send.getName()).startsWith("send ");
    }

    @Test
    void startsATraceForAnEventAppendedOutsideAnyTrace() {
        var event = OutboxTests.click(UUID.randomUUID(), 1);
        transactions.executeWithoutResult(status -> outbox.append(event));

        var traceparent = traceparentOf(recordOf(event.aggregateId()));
        var send = spans.awaitSpan(span -> span.getSpanId().equals(spanIdOf(traceparent)));
        assertThat(send.getTraceId()).isEqualTo(traceIdOf(traceparent));
        assertThat(send.getParentSpanContext().isValid()).as("a root span").isFalse();
    }

    private ConsumerRecord<String, byte[]> recordOf(String aggregateId) {
        try (var probe = KafkaProbe.reading(topicNames.of(Topics.INTERACTIONS))) {
            return probe.awaitRecordWithKey(aggregateId);
        }
    }

    private static String traceparentOf(ConsumerRecord<String, byte[]> record) {
        var header = record.headers().lastHeader(CarriedTrace.TRACEPARENT);
        assertThat(header).as("traceparent header").isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
