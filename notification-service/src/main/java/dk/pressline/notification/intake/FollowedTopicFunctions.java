package dk.pressline.notification.intake;

import dk.pressline.events.article.ArticleEvent;
import dk.pressline.events.placement.PlacementEvent;
import dk.pressline.platform.consuming.ReceivedRecord;
import dk.pressline.platform.tracing.EventTracing;
import io.micrometer.tracing.Span;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The topics of other services notification-service follows, as Spring Cloud Stream functions: articles (read model
 * and theme alerts) and placements (read model of event listings and sponsor slots); what each does with an event is
 * the {@link FollowedTopic} its feature declares. Events of types this service does not know are skipped; records
 * that can never be read (not an event, a tombstone, a body that does not fit its type) are parked on a dead-letter
 * topic; anything else that fails a record holds it back until it succeeds. Each record is handled in a span of the
 * trace its headers carry, so the deliveries an article causes, and their mails, belong to the trace of its publish.
 */
@Configuration(proxyBeanMethods = false)
class FollowedTopicFunctions {

    static final String FOLLOW_SPAN = "follow event";

    @Bean
    Consumer<Message<?>> followArticles(FollowedTopic<ArticleEvent> followedArticles, EventTracing tracing) {
        return message -> follow(followedArticles, message, tracing);
    }

    @Bean
    Consumer<Message<?>> followPlacements(FollowedTopic<PlacementEvent> followedPlacements, EventTracing tracing) {
        return message -> follow(followedPlacements, message, tracing);
    }

    private static void follow(FollowedTopic<?> topic, Message<?> message, EventTracing tracing) {
        var record = ReceivedRecord.of(message);
        tracing.run(record.trace(), FOLLOW_SPAN, Span.Kind.CONSUMER, () -> topic.handle(record));
    }
}
