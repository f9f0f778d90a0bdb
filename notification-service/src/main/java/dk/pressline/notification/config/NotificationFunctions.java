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
import dk.pressline.events.Topics;
import dk.pressline.notification.delivery.DeadLetters;
import dk.pressline.notification.delivery.Deliveries;
import dk.pressline.notification.delivery.SendingSwitch;
import dk.pressline.platform.kafka.TopicNames;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.kafka.support.KafkaHeaders;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * The sender, in batches: one claim statement per poll, then one mail after the other over the thread's SMTP
     * connection. A mail the server does not take is retried, with it every later one of the batch, with exponential
     * backoff; once the attempts are used up it is parked on the dead-letter topic and sending goes on.
     */
    @Bean
    Consumer<Message<List<byte[]>>> sendDeliveries(Deliveries deliveries, SendingSwitch sending) {
        return batch -> {
            var values = batch.getPayload();
            List<?> headers = batch.getHeaders().get(KafkaHeaders.BATCH_CONVERTED_HEADERS, List.class);
            var requests = new ArrayList<DeliveryRequested>(values.size());
            var positions = new ArrayList<Integer>(values.size());
            for (int i = 0; i < values.size(); i++) {
                @SuppressWarnings("unchecked")
                var recordHeaders = headers == null ? Map.<String, Object>of() : (Map<String, ?>) headers.get(i);
                var position = i;
                event(recordHeaders, values.get(i), DeliveryRequested.class).ifPresent(request -> {
                    requests.add(request);
                    positions.add(position);
                });
            }
            try {
                deliveries.deliverAll(requests, sending::on);
            }
            catch (Deliveries.DeliveryFailedException e) {
                throw new BatchListenerFailedException(e.getMessage(), e, positions.get(e.index()));
            }
        };
    }

    /**
     * The sender's container: it stops after the mail in hand rather than the rest of its batch, and retries and
     * dead-letters failed mails itself (the binder's own retry and DLQ do not apply to batches).
     */
    @Bean
    ListenerContainerCustomizer<AbstractMessageListenerContainer<?, ?>> sendingContainer(SendingSwitch sending,
            TopicNames topicNames, KafkaProperties kafkaProperties, NotificationProperties properties) {
        var deliveries = topicNames.of(Topics.NOTIFICATION_DELIVERIES);
        var deadLetters = deliveries + DeadLetters.SUFFIX;
        var producerConfig = new HashMap<>(kafkaProperties.buildProducerProperties());
        producerConfig.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        producerConfig.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        var template = new KafkaTemplate<String, byte[]>(new DefaultKafkaProducerFactory<>(producerConfig));
        var retry = properties.retry();
        return (container, destination, group) -> {
            if (!deliveries.equals(destination)) {
                return;
            }
            container.getContainerProperties().setStopImmediate(true);
            var backOff = new ExponentialBackOffWithMaxRetries(retry.maxAttempts() - 1);
            backOff.setInitialInterval(retry.initialBackoff().toMillis());
            backOff.setMultiplier(2.0);
            backOff.setMaxInterval(retry.maxBackoff().toMillis());
            container.setCommonErrorHandler(new DefaultErrorHandler(new DeadLetterPublishingRecoverer(template,
                    (record, exception) -> new TopicPartition(deadLetters, -1)), backOff));
            sending.follow(container);
        };
    }

    private static <E extends PresslineEvent> Optional<E> event(Message<byte[]> message, Class<E> type) {
        return event(message.getHeaders(), message.getPayload(), type);
    }

    private static <E extends PresslineEvent> Optional<E> event(Map<String, ?> headers, byte[] value, Class<E> type) {
        try {
            var event = EventEnvelopes.fromHeadersAndValue(headers, value);
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
