package dk.pressline.platform.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.core.instrument.util.NamedThreadFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.stream.binder.kafka.config.ClientFactoryCustomizer;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.MicrometerConsumerListener;
import org.springframework.kafka.core.MicrometerProducerListener;
import org.springframework.kafka.core.ProducerFactory;

/**
 * The Kafka binder's Micrometer listeners on its consumers and producers, as the binder adds them, but with each
 * client's new metrics looked for every {@code pressline.kafka.client-metrics-refresh} rather than every minute: a
 * consumer's per-partition metrics exist only once partitions are assigned to it, after its metrics were first bound.
 */
final class KafkaClientMetricsRefresh implements ClientFactoryCustomizer {

    private static final String THREAD_NAME = "kafka-client-metrics";

    private final ObjectProvider<MeterRegistry> registry;
    private final Duration refresh;

    KafkaClientMetricsRefresh(ObjectProvider<MeterRegistry> registry, Duration refresh) {
        this.registry = registry;
        this.refresh = refresh;
    }

    @Override
    public void configure(ProducerFactory<?, ?> factory) {
        var meters = registry.getIfAvailable();
        if (meters != null && factory instanceof DefaultKafkaProducerFactory<?, ?> producers) {
            addProducerMetrics(producers, meters);
        }
    }

    @Override
    public void configure(ConsumerFactory<?, ?> factory) {
        var meters = registry.getIfAvailable();
        if (meters != null && factory instanceof DefaultKafkaConsumerFactory<?, ?> consumers) {
            addConsumerMetrics(consumers, meters);
        }
    }

    private <K, V> void addProducerMetrics(DefaultKafkaProducerFactory<K, V> factory, MeterRegistry meters) {
        factory.addListener(new MicrometerProducerListener<K, V>(meters) {
            @Override
            protected MeterBinder createClientMetrics(Producer<K, V> producer, List<Tag> tags) {
                return rescanned(scheduler -> new KafkaClientMetrics(producer, tags, scheduler, refresh));
            }
        });
    }

    private <K, V> void addConsumerMetrics(DefaultKafkaConsumerFactory<K, V> factory, MeterRegistry meters) {
        factory.addListener(new MicrometerConsumerListener<K, V>(meters) {
            @Override
            protected MeterBinder createClientMetrics(Consumer<K, V> consumer, List<Tag> tags) {
                return rescanned(scheduler -> new KafkaClientMetrics(consumer, tags, scheduler, refresh));
            }
        });
    }

    /** On a thread of the client's own, as Micrometer's default, so it can be stopped with the client. */
    private static MeterBinder rescanned(Function<ScheduledExecutorService, KafkaClientMetrics> metrics) {
        var scheduler = Executors.newSingleThreadScheduledExecutor(new NamedThreadFactory(THREAD_NAME));
        return new RescannedClientMetrics(metrics.apply(scheduler), scheduler);
    }

    /**
     * A client's metrics and the thread that rescans them: Micrometer leaves a scheduler it was given running when the
     * metrics close, so the rescans of a removed client would go on.
     */
    private record RescannedClientMetrics(KafkaClientMetrics metrics, ScheduledExecutorService scheduler)
            implements MeterBinder, AutoCloseable {

        @Override
        public void bindTo(MeterRegistry registry) {
            metrics.bindTo(registry);
        }

        @Override
        public void close() {
            scheduler.shutdownNow();
            metrics.close();
        }
    }
}
