package dk.pressline.search.indexing;

import dk.pressline.events.PresslineEvent;
import dk.pressline.platform.consuming.DeadLetterTopic;
import dk.pressline.platform.consuming.Decoded;
import dk.pressline.platform.consuming.ReceivedRecord;
import dk.pressline.platform.tracing.EventTracing;
import dk.pressline.search.indexing.ContentIndexer.Refusal;
import io.micrometer.tracing.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The topics search-service reads, as Spring Cloud Stream functions in batch mode: each poll's records become one
 * bulk request. Events of types this service does not know are skipped. Records that are not events, and events
 * Elasticsearch refuses as documents, are parked on the dead-letter topic, so indexing goes on.
 *
 * <p>Each record gets a span of the trace its headers carry ({@value #INDEX_SPAN}), which lasts until the bulk
 * request that indexed it has answered: the article's publish and its indexing are one trace.
 */
@Configuration(proxyBeanMethods = false)
class IndexingFunctions {

    static final String INDEX_SPAN = "index event";
    static final String EVENT_ID_TAG = "pressline.event.id";

    private static final Logger log = LoggerFactory.getLogger(IndexingFunctions.class);

    @Bean
    Consumer<Message<List<byte[]>>> indexArticles(
            ContentIndexer indexer,
            ContentIndex index,
            DeadLetterTopic searchDeadLetters,
            IndexingMetrics metrics,
            EventTracing tracing) {
        return batch ->
                traced(batch, tracing, records -> indexBatch(records, indexer, index, searchDeadLetters, metrics));
    }

    @Bean
    Consumer<Message<List<byte[]>>> indexPlacements(
            ContentIndexer indexer,
            ContentIndex index,
            DeadLetterTopic searchDeadLetters,
            IndexingMetrics metrics,
            EventTracing tracing) {
        return batch ->
                traced(batch, tracing, records -> indexBatch(records, indexer, index, searchDeadLetters, metrics));
    }

    /** Handles the batch's records with a span for each, ended (with the failure, if any) once all are handled. */
    private static void traced(
            Message<List<byte[]>> batch, EventTracing tracing, Consumer<List<TracedRecord>> handling) {
        var records = ReceivedRecord.decodeAll(batch).stream()
                .map(decoded -> new TracedRecord(
                        decoded, tracing.start(decoded.record().trace(), INDEX_SPAN, Span.Kind.CONSUMER)))
                .toList();
        try {
            handling.accept(records);
        } catch (RuntimeException | Error e) {
            records.forEach(record -> record.span().error(e));
            throw e;
        } finally {
            records.forEach(record -> record.span().end());
        }
    }

    private static void indexBatch(
            List<TracedRecord> records,
            ContentIndexer indexer,
            ContentIndex index,
            DeadLetterTopic deadLetters,
            IndexingMetrics metrics) {
        var events = new ArrayList<PresslineEvent>();
        var sources = new IdentityHashMap<PresslineEvent, ReceivedRecord>();
        for (var traced : records) {
            switch (traced.decoded()) {
                case Decoded.Event(var record, var event) -> {
                    traced.span().tag(EVENT_ID_TAG, event.eventId().toString());
                    events.add(event);
                    sources.put(event, record);
                }
                case Decoded.UnknownType unknown ->
                    log.debug("Skipping an event of unknown type {}", unknown.typeName());
                case Decoded.Malformed malformed -> {
                    log.warn(
                            "Parking record {}, which is not an event: {}",
                            malformed.record().position(),
                            malformed.reason());
                    deadLetters.park(malformed.record(), malformed.problem());
                    metrics.unreadable();
                }
            }
        }
        try {
            index.ensureExists();
            var bulkRequest = metrics.startBulkRequest();
            List<Refusal> refusals;
            try {
                refusals = indexer.index(events);
            } finally {
                metrics.bulkRequestDone(bulkRequest);
            }
            metrics.indexed(events, refusals);
            for (var refusal : refusals) {
                log.warn(
                        "Parking event {}, which Elasticsearch refused: {}",
                        refusal.event().eventId(),
                        refusal.reason());
                deadLetters.park(sources.get(refusal.event()), new DocumentRefusedException(refusal.reason()));
            }
        } catch (IOException e) {
            metrics.retried(events);
            throw new UncheckedIOException(e);
        } catch (IndexingFailedException e) {
            metrics.retried(events);
            throw e;
        }
    }

    /** Elasticsearch refused an event as a document, for a reason that sending it again cannot change. */
    static class DocumentRefusedException extends RuntimeException {

        DocumentRefusedException(String reason) {
            super(reason);
        }
    }

    private record TracedRecord(Decoded decoded, Span span) {}
}
