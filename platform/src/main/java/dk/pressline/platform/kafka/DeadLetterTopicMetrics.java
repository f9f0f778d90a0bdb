package dk.pressline.platform.kafka;

import dk.pressline.platform.metrics.ThrottledReading;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.BaseUnits;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.DisposableBean;

/**
 * How many records wait on each dead-letter topic a service declares ({@code pressline.dead.letter.messages}, tagged
 * with the topic): the sum over its partitions of the end offset minus the beginning offset. Anything above 0 is a
 * record no consumer could handle, waiting for someone to look. Read through the AdminClient at most once per
 * {@code maxStaleness}; NaN while Kafka does not answer.
 */
public class DeadLetterTopicMetrics implements MeterBinder, DisposableBean {

    /** The suffix of every dead-letter topic in Pressline. */
    public static final String SUFFIX = ".dlq";

    private final LazyAdmin admin;
    private final List<String> topics;
    private final Duration timeout;
    private final ThrottledReading<Map<String, Long>> sizes;

    public DeadLetterTopicMetrics(
            Map<String, Object> adminConfig, Collection<String> topics, Duration maxStaleness, Duration timeout) {
        this.admin = new LazyAdmin(adminConfig);
        this.topics = List.copyOf(topics);
        this.timeout = timeout;
        this.sizes = new ThrottledReading<>(this::readSizes, maxStaleness);
    }

    public List<String> topics() {
        return topics;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (var topic : topics) {
            Gauge.builder(
                            "pressline.dead.letter.messages",
                            sizes,
                            reading -> reading.get()
                                    .map(sizes -> sizes.get(topic))
                                    .map(Long::doubleValue)
                                    .orElse(Double.NaN))
                    .tag("topic", topic)
                    .baseUnit(BaseUnits.MESSAGES)
                    .description("Records on a dead-letter topic: end offset minus beginning offset, all partitions")
                    .strongReference(true)
                    .register(registry);
        }
    }

    private Optional<Map<String, Long>> readSizes() {
        try {
            long waitMillis = timeout.toMillis();
            var partitions = admin
                    .get()
                    .describeTopics(topics)
                    .allTopicNames()
                    .get(waitMillis, TimeUnit.MILLISECONDS)
                    .values()
                    .stream()
                    .flatMap(topic -> topic.partitions().stream()
                            .map(partition -> new TopicPartition(topic.name(), partition.partition())))
                    .toList();
            var ends = offsets(partitions, OffsetSpec.latest());
            var beginnings = offsets(partitions, OffsetSpec.earliest());
            Map<String, Long> sizes = new HashMap<>();
            topics.forEach(topic -> sizes.put(topic, 0L));
            partitions.forEach(partition ->
                    sizes.merge(partition.topic(), ends.get(partition) - beginnings.get(partition), Long::sum));
            return Optional.of(sizes);
        } catch (ExecutionException | TimeoutException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private Map<TopicPartition, Long> offsets(List<TopicPartition> partitions, OffsetSpec spec)
            throws ExecutionException, InterruptedException, TimeoutException {
        var request = partitions.stream().collect(Collectors.toMap(Function.identity(), partition -> spec));
        return admin.get().listOffsets(request).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS).entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey, entry -> entry.getValue().offset()));
    }

    @Override
    public void destroy() {
        admin.close();
    }
}
