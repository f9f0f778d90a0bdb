package dk.pressline.search.indexing;

import dk.pressline.events.PresslineEvent;
import dk.pressline.events.article.ArticleEvent;
import dk.pressline.events.placement.PlacementEvent;
import dk.pressline.search.indexing.ContentIndexer.Refusal;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What indexing from the topics does, for operators: {@code pressline.search.documents.indexed} and
 * {@code pressline.search.indexing.failures} (counters by document {@code kind}; a failure is {@code parked} when
 * Elasticsearch refused the document or the record was no event, {@code retried} when the whole batch must be tried
 * again), {@code pressline.search.bulk.request} (a timer of each bulk request) and
 * {@code pressline.search.publish.to.indexed} (a timer with histogram from the event's time to the end of the bulk
 * request that indexed it; readers find it after the index's next refresh, within a second).
 */
@Component
class IndexingMetrics {

    static final String ARTICLE = "article";
    static final String PLACEMENT = "placement";
    /** A record that is not an event has no kind. */
    static final String UNREADABLE = "unreadable";

    static final String PARKED = "parked";
    static final String RETRIED = "retried";

    private final MeterRegistry registry;
    private final Timer bulkRequests;

    IndexingMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.bulkRequests = Timer.builder("pressline.search.bulk.request")
                .description("Bulk requests that index a batch of events from the topics")
                .register(registry);
        // Registered up front, so that an alert on their increase sees 0 rather than no series at all.
        for (var kind : List.of(ARTICLE, PLACEMENT)) {
            indexed(kind);
            failures(kind, PARKED);
            failures(kind, RETRIED);
        }
        failures(UNREADABLE, PARKED);
    }

    Timer.Sample startBulkRequest() {
        return Timer.start(registry);
    }

    void bulkRequestDone(Timer.Sample sample) {
        sample.stop(bulkRequests);
    }

    /** The events of a batch Elasticsearch took, but for those it refused. */
    void indexed(List<? extends PresslineEvent> events, List<Refusal> refusals) {
        var now = Instant.now();
        Set<PresslineEvent> refused = Collections.newSetFromMap(new IdentityHashMap<>());
        refusals.forEach(refusal -> refused.add(refusal.event()));
        for (var event : events) {
            var kind = kindOf(event);
            if (kind == null) {
                continue;
            }
            if (refused.contains(event)) {
                failures(kind, PARKED).increment();
                continue;
            }
            indexed(kind).increment();
            Timer.builder("pressline.search.publish.to.indexed")
                    .tag("kind", kind)
                    .description("From an event's time to the end of the bulk request that indexed it")
                    .publishPercentileHistogram()
                    .minimumExpectedValue(Duration.ofMillis(10))
                    .maximumExpectedValue(Duration.ofMinutes(10))
                    .register(registry)
                    .record(nonNegative(Duration.between(event.occurredAt(), now)));
        }
    }

    /** A batch whose bulk request failed for a passing reason; it is tried again. */
    void retried(List<? extends PresslineEvent> events) {
        events.stream()
                .map(IndexingMetrics::kindOf)
                .filter(Objects::nonNull)
                .forEach(kind -> failures(kind, RETRIED).increment());
    }

    void unreadable() {
        failures(UNREADABLE, PARKED).increment();
    }

    private Counter indexed(String kind) {
        return Counter.builder("pressline.search.documents.indexed")
                .tag("kind", kind)
                .description("Documents written to (or deleted from) the content index from the topics")
                .register(registry);
    }

    private Counter failures(String kind, String outcome) {
        return Counter.builder("pressline.search.indexing.failures")
                .tag("kind", kind)
                .tag("outcome", outcome)
                .description("Events or records the content index did not take")
                .register(registry);
    }

    /** An event stamped by a clock a little ahead of this one counts as indexed at once. */
    private static Duration nonNegative(Duration delay) {
        return delay.isNegative() ? Duration.ZERO : delay;
    }

    private static String kindOf(PresslineEvent event) {
        return switch (event) {
            case ArticleEvent article -> ARTICLE;
            case PlacementEvent placement ->
                PlacementDocuments.typeOf(placement.placement().product()).isPresent() ? PLACEMENT : null;
            default -> null;
        };
    }
}
