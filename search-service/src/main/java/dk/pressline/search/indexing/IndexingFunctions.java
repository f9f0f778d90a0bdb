package dk.pressline.search.indexing;

import dk.pressline.events.PresslineEvent;
import dk.pressline.events.cloudevents.EventEnvelopes;
import dk.pressline.events.cloudevents.MalformedEventException;
import dk.pressline.events.cloudevents.UnknownEventTypeException;
import dk.pressline.search.indexing.ContentIndexer.Refusal;
import dk.pressline.search.indexing.DeadLetters.ReceivedRecord;
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
 */
@Configuration(proxyBeanMethods = false)
class IndexingFunctions {

    private static final Logger log = LoggerFactory.getLogger(IndexingFunctions.class);

    @Bean
    Consumer<Message<List<byte[]>>> indexArticles(ContentIndexer indexer, ContentIndex index, DeadLetters deadLetters,
            IndexingMetrics metrics) {
        return batch -> indexBatch(batch, indexer, index, deadLetters, metrics);
    }

    @Bean
    Consumer<Message<List<byte[]>>> indexPlacements(ContentIndexer indexer, ContentIndex index,
            DeadLetters deadLetters, IndexingMetrics metrics) {
        return batch -> indexBatch(batch, indexer, index, deadLetters, metrics);
    }

    private static void indexBatch(Message<List<byte[]>> batch, ContentIndexer indexer, ContentIndex index,
            DeadLetters deadLetters, IndexingMetrics metrics) {
        var events = new ArrayList<PresslineEvent>();
        var sources = new IdentityHashMap<PresslineEvent, ReceivedRecord>();
        for (var record : receivedRecords(batch)) {
            try {
                var event = EventEnvelopes.fromHeadersAndValue(record.headers(), record.value());
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
}
