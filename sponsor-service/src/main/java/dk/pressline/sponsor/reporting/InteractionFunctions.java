package dk.pressline.sponsor.reporting;

import dk.pressline.events.interaction.PlacementInteraction;
import dk.pressline.platform.consuming.Decoded;
import dk.pressline.platform.consuming.ReceivedRecord;
import dk.pressline.platform.kafka.ConsumerErrorHandlers;
import dk.pressline.platform.readers.Readers;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.stream.config.ListenerContainerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.messaging.Message;

/**
 * The topic sponsor-service reads, as a Spring Cloud Stream function in batch mode: each poll's interactions are
 * counted in one transaction. Events of types this service does not know are skipped; records that are not events are
 * logged and skipped, so counting goes on.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InteractionLimits.class)
class InteractionFunctions {

    private static final Logger log = LoggerFactory.getLogger(InteractionFunctions.class);

    @Bean
    Readers readers(InteractionLimits limits) {
        return new Readers(limits.readerKeySecret());
    }

    @Bean
    Consumer<Message<List<byte[]>>> countInteractions(InteractionCounts counts) {
        return batch -> {
            var interactions = new ArrayList<PlacementInteraction>();
            for (var decoded : ReceivedRecord.decodeAll(batch)) {
                switch (decoded) {
                    case Decoded.Event(var record, PlacementInteraction interaction) -> interactions.add(interaction);
                    case Decoded.Event event ->
                        log.debug(
                                "Skipping a {}, which is not an interaction",
                                event.event().getClass().getSimpleName());
                    case Decoded.UnknownType unknown ->
                        log.debug("Skipping an event of unknown type {}", unknown.typeName());
                    case Decoded.Malformed malformed ->
                        log.warn(
                                "Skipping record {} on the interactions topic, which is not an interaction event: {}",
                                malformed.record().position(),
                                malformed.reason());
                }
            }
            counts.count(interactions);
        };
    }

    /**
     * A batch that cannot be counted (the database is unreachable) is tried again, backing off to every 10 s, for as
     * long as it takes, with the consumer paused: counting is held back, never skipped. Records that are not events
     * never fail a batch, so only the infrastructure can hold it.
     */
    @Bean
    ListenerContainerCustomizer<AbstractMessageListenerContainer<?, ?>> countingWaitsForTheDatabase() {
        return (container, destination, group) ->
                container.setCommonErrorHandler(ConsumerErrorHandlers.retryUntilItSucceeds());
    }
}
