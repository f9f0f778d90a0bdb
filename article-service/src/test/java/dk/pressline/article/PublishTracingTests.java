package dk.pressline.article;

import static dk.pressline.testsupport.tracing.CapturedSpans.spanIdOf;
import static dk.pressline.testsupport.tracing.CapturedSpans.traceIdOf;
import static org.assertj.core.api.Assertions.assertThat;

import dk.pressline.events.Topics;
import dk.pressline.platform.kafka.TopicNames;
import dk.pressline.platform.tracing.CarriedTrace;
import dk.pressline.testsupport.RealServers;
import dk.pressline.testsupport.Server;
import dk.pressline.testsupport.kafka.KafkaProbe;
import dk.pressline.testsupport.security.AcceptsTestTokens;
import dk.pressline.testsupport.tracing.CapturedSpans;
import dk.pressline.testsupport.tracing.CapturedSpansConfiguration;
import io.opentelemetry.api.trace.SpanKind;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * An editor's publish starts the trace its event carries: the outbox relay sends ArticlePublished in a span of the
 * HTTP request's trace, and the record's {@code traceparent} names that span for the services that read it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AcceptsTestTokens
@RealServers({Server.KAFKA, Server.POSTGRES})
@Import(CapturedSpansConfiguration.class)
class PublishTracingTests {

    @LocalServerPort
    int port;

    @Autowired
    TopicNames topicNames;

    @Autowired
    CapturedSpans spans;

    @Test
    void sendsThePublishedArticleInTheTraceOfThePublishRequest() {
        var newsroom = Newsroom.at(port);
        var id = newsroom.create("Fjernvarme fra datacentret").json().path("id").asString();
        newsroom.act(id, "submit");

        String traceparent;
        try (var articles = KafkaProbe.reading(topicNames.of(Topics.ARTICLES))) {
            newsroom.act(id, "publish");
            var header = articles.awaitRecordWithKey(id).headers().lastHeader(CarriedTrace.TRACEPARENT);
            assertThat(header).as("the record's traceparent").isNotNull();
            traceparent = new String(header.value(), StandardCharsets.UTF_8);
        }

        var sending = spans.awaitSpan(span -> span.getSpanId().equals(spanIdOf(traceparent)));
        assertThat(sending.getKind()).isEqualTo(SpanKind.PRODUCER);
        assertThat(sending.getTraceId()).isEqualTo(traceIdOf(traceparent));
        var request = spans.awaitSpan(span -> span.getTraceId().equals(sending.getTraceId())
                && !span.getParentSpanContext().isValid());
        assertThat(request.getKind())
                .as("the trace's root, the publish request")
                .isEqualTo(SpanKind.SERVER);
        assertThat(request.getName()).contains("/api/articles/{id}/publish");
        assertThat(spans.ancestorsOf(sending))
                .as("the send descends from the request")
                .contains(request);
    }
}
