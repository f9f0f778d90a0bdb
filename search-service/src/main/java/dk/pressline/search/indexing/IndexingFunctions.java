package dk.pressline.search.indexing;

import dk.pressline.events.PresslineEvent;
import dk.pressline.events.cloudevents.EventEnvelopes;
import dk.pressline.events.cloudevents.MalformedEventException;
import dk.pressline.events.cloudevents.UnknownEventTypeException;
import dk.pressline.platform.tracing.CarriedTrace;
import dk.pressline.platform.tracing.EventTracing;
import dk.pressline.search.indexing.ContentIndexer.Refusal;
import dk.pressline.search.indexing.DeadLetters.ReceivedRecord;
import io.micrometer.tracing.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.support.KafkaHeaders;
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
    Consumer<Message<List<byte[]>>> indexArticles(ContentIndexer indexer, ContentIndex index, DeadLetters deadLetters,
            IndexingMetrics metrics, EventTracing tracing) {
        return batch -> traced(batch, tracing, records -> indexBatch(records, indexer, index, deadLetters, metrics));
    }

    @Bean
    Consumer<Message<List<byte[]>>> indexPlacements(ContentIndexer indexer, ContentIndex index,
            DeadLetters deadLetters, IndexingMetrics metrics, EventTracing tracing) {
        return batch -> traced(batch, tracing, records -> indexBatch(records, indexer, index, deadLetters, metrics));
    }

    /** Handles the batch's records with a span for each, ended (with the failure, if any) once all are handled. */
    private static void traced(Message<List<byte[]>> batch, EventTracing tracing,
            Consumer<List<TracedRecord>> handling) {
        var records = receivedRecords(batch).stream()
                .map(record -> new TracedRecord(record, tracing.start(CarriedTrace.fromHeaders(record.headers()),
                        INDEX_SPAN, Span.Kind.CONSUMER)))
                .toList();
        try {
            handling.accept(records);
        }
        catch (RuntimeException | Error e) {
            records.forEach(record -> record.span().error(e));
            throw e;
        }
        finally {
            records.forEach(record -> record.span().end());
        }
    }

    private static void indexBatch(List<TracedRecord> records, ContentIndexer indexer, ContentIndex index,
            DeadLetters deadLetters, IndexingMetrics metrics) {
        var events = new ArrayList<PresslineEvent>();
        var sources = new IdentityHashMap<PresslineEvent, ReceivedRecord>();
        for (var traced : records) {
            var record = traced.record();
            try {
                var event = EventEnvelopes.fromHeadersAndValue(record.headers(), record.value());
                traced.span().tag(EVENT_ID_TAG, event.eventId().toString());
                events.add(event);
                sources.put(event, record);
            }
            catch (UnknownEventTypeException e) {
                log.debug("Skipping an event of unknown type {}", e.typeName());
            }
            catch (MalformedEventException e) {
                log.warn("Parking record {}-{}@{}, which is not an event: {}", record.topic(), record.partition(),
                        record.offset(), e.getMessage());
                deadLetters.park(record, e.getMessage());
                metrics.unreadable();
            }
        }
        try {
            index.ensureExists();
            var bulkRequest = metrics.startBulkRequest();
            List<Refusal> refusals;
            try {
                refusals = indexer.index(events);
            }
            finally {
                metrics.bulkRequestDone(bulkRequest);
            }
            metrics.indexed(events, refusals);
            for (var refusal : refusals) {
                log.warn("Parking event {}, which Elasticsearch refused: {}", refusal.event().eventId(),
                        refusal.reason());
                deadLetters.park(sources.get(refusal.event()), refusal.reason());
            }
        }
        catch (IOException e) {
            metrics.retried(events);
            throw new UncheckedIOException(e);
        }
        catch (IndexingFailedException e) {
            metrics.retried(events);
            throw e;
        }
    }

    @SuppressWarnings("unchecked")
    private static List<ReceivedRecord> receivedRecords(Message<List<byte[]>> batch) {
        // A tombstone arrives as Spring Kafka's KafkaNull, whatever the payload's declared type: read as no value.
        List<?> values = batch.getPayload();
        var headers = batch.getHeaders();
        var recordHeaders = headers.get(KafkaHeaders.BATCH_CONVERTED_HEADERS, List.class);
        var topics = headers.get(KafkaHeaders.RECEIVED_TOPIC, List.class);
        var partitions = headers.get(KafkaHeaders.RECEIVED_PARTITION, List.class);
        var offsets = headers.get(KafkaHeaders.OFFSET, List.class);
        var keys = headers.get(KafkaHeaders.RECEIVED_KEY, List.class);
        var records = new ArrayList<ReceivedRecord>(values.size());
        for (int i = 0; i < values.size(); i++) {
            records.add(new ReceivedRecord(
                    (String) topics.get(i),
                    (Integer) partitions.get(i),
                    (Long) offsets.get(i),
                    keys == null ? null : (String) keys.get(i),
                    values.get(i) instanceof byte[] bytes ? bytes : null,
                    recordHeaders == null ? Map.of() : (Map<String, Object>) recordHeaders.get(i)));
        }
        return records;
    }

    private record TracedRecord(ReceivedRecord record, Span span) {
    }
}
