package dk.pressline.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pressline.platform.kafka.KafkaEventSender;
import dk.pressline.search.Content;
import dk.pressline.testsupport.RealServers;
import dk.pressline.testsupport.Server;
import dk.pressline.testsupport.tracing.CapturedSpans;
import dk.pressline.testsupport.tracing.CapturedSpansConfiguration;
import io.micrometer.tracing.Tracer;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** Indexing an article continues the trace its record carries, the trace of the editor's publish. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@RealServers({Server.KAFKA, Server.ELASTICSEARCH})
@Import(CapturedSpansConfiguration.class)
class IndexingTracingTests {

    @Autowired
    KafkaEventSender events;

    @Autowired
    Tracer tracer;

    @Autowired
    CapturedSpans spans;

    @Test
    void indexesAnArticleInTheTraceOfItsPublish() {
        var published = Content.article("Biogas fra Lolland").published();
        var publishing = tracer.nextSpan().name("article-service send").start();
        try (var inScope = tracer.withSpan(publishing)) {
            events.send(published);
        } finally {
            publishing.end();
        }

        var indexing = spans.awaitSpan(span -> span.getName().equals(IndexingFunctions.INDEX_SPAN)
                && published
                        .eventId()
                        .toString()
                        .equals(span.getAttributes().get(AttributeKey.stringKey(IndexingFunctions.EVENT_ID_TAG))));
        assertThat(indexing.getTraceId()).isEqualTo(publishing.context().traceId());
        assertThat(indexing.getParentSpanId()).isEqualTo(publishing.context().spanId());
        assertThat(indexing.getKind()).isEqualTo(SpanKind.CONSUMER);
        assertThat(indexing.getStatus().getStatusCode().name()).isNotEqualTo("ERROR");
    }
}
