package dk.pressline.notification.config;

import dk.pressline.events.PresslineEvent;
import dk.pressline.events.article.ArticleEvent;
import dk.pressline.events.cloudevents.EventEnvelopes;
import dk.pressline.events.cloudevents.MalformedEventException;
import dk.pressline.events.cloudevents.UnknownEventTypeException;
import dk.pressline.events.notification.DeliveryRequested;
import dk.pressline.events.placement.PlacementEvent;
import dk.pressline.notification.alert.ThemeAlerts;
import dk.pressline.notification.content.Placements;
import dk.pressline.notification.delivery.Deliveries;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.config.ListenerContainerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.messaging.Message;

/**
 * The topics notification-service reads, as Spring Cloud Stream functions: articles (read model and theme alerts),
 * placements (read model of event listings and sponsor slots) and its own delivery queue (sending). Events of types
 * this service does not know are skipped; records that are not events are logged and skipped.
 */
@Configuration(proxyBeanMethods = false)
class NotificationFunctions {

    private static final Logger log = LoggerFactory.getLogger(NotificationFunctions.class);

    @Bean
    Consumer<Message<byte[]>> followArticles(ThemeAlerts alerts) {
        return message -> event(message, ArticleEvent.class).ifPresent(alerts::on);
    }

    @Bean
    Consumer<Message<byte[]>> followPlacements(Placements placements) {
        return message -> event(message, PlacementEvent.class).ifPresent(placements::apply);
    }

    @Bean
    Consumer<Message<byte[]>> sendDeliveries(Deliveries deliveries) {
        return message -> event(message, DeliveryRequested.class).ifPresent(deliveries::deliver);
    }

    /**
     * On shutdown the sender stops after the mail in hand instead of working through the rest of its poll: what it
     * leaves is redelivered to the next instance, and the delivery log keeps any mail from going out twice.
     */
    @Bean
    ListenerContainerCustomizer<AbstractMessageListenerContainer<?, ?>> stopSendingPromptly() {
        return (container, destination, group) -> container.getContainerProperties().setStopImmediate(true);
    }

    private static <E extends PresslineEvent> Optional<E> event(Message<byte[]> message, Class<E> type) {
        try {
            var event = EventEnvelopes.fromHeadersAndValue(message.getHeaders(), message.getPayload());
            return type.isInstance(event) ? Optional.of(type.cast(event)) : Optional.empty();
        }
        catch (UnknownEventTypeException e) {
            log.debug("Skipping an event of unknown type {}", e.typeName());
        }
        catch (MalformedEventException e) {
            log.warn("Skipping a record that is not a {}: {}", type.getSimpleName(), e.getMessage());
        }
        return Optional.empty();
    }
}
