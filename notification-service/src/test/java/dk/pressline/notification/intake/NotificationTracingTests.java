package dk.pressline.notification.intake;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dk.pressline.notification.Articles;
import dk.pressline.notification.Mailbox;
import dk.pressline.notification.NotificationServiceTest;
import dk.pressline.notification.Readers;
import dk.pressline.notification.alert.ThemeAlerts;
import dk.pressline.notification.delivery.Deliveries;
import dk.pressline.notification.delivery.DeliveryQueue;
import dk.pressline.notification.subscription.Subscriptions;
import dk.pressline.platform.kafka.KafkaEventSender;
import dk.pressline.testsupport.tracing.CapturedSpans;
import dk.pressline.testsupport.tracing.CapturedSpansConfiguration;
import io.micrometer.tracing.Tracer;
import io.opentelemetry.api.trace.SpanKind;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * An article's alert continues the trace its record carries, the trace of the editor's publish: following the
 * article, the fan-out of its delivery requests, and the mail handed to SMTP; and the log lines name the trace.
 */
@NotificationServiceTest
@Import(CapturedSpansConfiguration.class)
class NotificationTracingTests {

    @Autowired
    KafkaEventSender events;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    Tracer tracer;

    @Autowired
    CapturedSpans spans;

    Mailbox mailbox = Mailbox.ofTestServer();

    @Test
    void alertsInTheTraceOfTheArticlesPublish() {
        var theme = "spor-" + UUID.randomUUID().toString().substring(0, 6);
        var follower = Readers.newAddress("traced");
        new Readers(subscriptions).followingThemes(follower, theme);
        var article = Articles.snapshot(UUID.randomUUID(), 1, "Letbanen kører", Instant.now(), theme);

        var logged = new ListAppender<ILoggingEvent>();
        var alertLog = (Logger) LoggerFactory.getLogger(ThemeAlerts.class);
        logged.start();
        alertLog.addAppender(logged);
        var publishing = tracer.nextSpan().name("article-service send").start();
        try (var inScope = tracer.withSpan(publishing)) {
            events.send(Articles.published(article));
        } finally {
            publishing.end();
        }
        try {
            mailbox.awaitOne(follower, "Letbanen kører");
        } finally {
            alertLog.detachAppender(logged);
        }

        var traceId = publishing.context().traceId();
        var following = spans.awaitSpan(
                span -> span.getTraceId().equals(traceId) && span.getName().equals(FollowedTopicFunctions.FOLLOW_SPAN));
        var fanningOut = spans.awaitSpan(
                span -> span.getTraceId().equals(traceId) && span.getName().equals(DeliveryQueue.FAN_OUT_SPAN));
        var mailing = spans.awaitSpan(
                span -> span.getTraceId().equals(traceId) && span.getName().equals(Deliveries.SEND_MAIL_SPAN));
        assertThat(following.getParentSpanId())
                .as("following continues the publish")
                .isEqualTo(publishing.context().spanId());
        assertThat(fanningOut.getParentSpanId())
                .as("the fan-out happens in following the article")
                .isEqualTo(following.getSpanId());
        assertThat(fanningOut.getKind()).isEqualTo(SpanKind.PRODUCER);
        assertThat(mailing.getParentSpanId())
                .as("the mail continues the trace its request's record carried")
                .isEqualTo(fanningOut.getSpanId());
        assertThat(logged.list)
                .filteredOn(line ->
                        line.getFormattedMessage().contains(article.articleId().toString()))
                .as("the alert's log line names the trace")
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line.getMDCPropertyMap()).containsEntry("traceId", traceId));
    }
}
