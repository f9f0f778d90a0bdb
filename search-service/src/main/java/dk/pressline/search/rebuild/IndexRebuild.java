package dk.pressline.search.rebuild;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dk.pressline.events.PresslineEvent;
import dk.pressline.events.Topics;
import dk.pressline.platform.consuming.Decoded;
import dk.pressline.platform.consuming.ReceivedRecord;
import dk.pressline.platform.kafka.TopicNames;
import dk.pressline.platform.progress.ProgressReport;
import dk.pressline.platform.progress.WorkProgress;
import dk.pressline.platform.web.ConflictException;
import dk.pressline.search.indexing.ContentIndex;
import dk.pressline.search.indexing.ContentIndexer;
import dk.pressline.search.indexing.IndexingFailedException;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToDoubleFunction;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the content index from the log without downtime: replays the articles and placements topics from the
 * beginning into a new physical index, swaps the alias to it atomically, then replays what arrived meanwhile. Readers
 * search the old index until the swap and the new one after it; the live consumers keep writing through the alias
 * throughout, and external versions make every write that lands twice harmless.
 *
 * <p>Its progress (records replayed of those there are, the rate, the time left) is logged every ten seconds, answered
 * by {@link #status()} and measured as {@code pressline.search.rebuild.records.done} and {@code ...total}.
 */
@Component
public class IndexRebuild implements MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(IndexRebuild.class);
    /** Two bulk requests in flight keep Elasticsearch busy while the next batch is read and parsed. */
    private static final int BULKS_IN_FLIGHT = 2;
    /** Small enough that two bulks of full articles stay well inside Elasticsearch's indexing pressure limit. */
    private static final int EVENTS_PER_BULK = 1_000;

    private static final int ATTEMPTS = 8;
    private static final Duration PROGRESS_LOG_INTERVAL = Duration.ofSeconds(10);

    private final ContentIndex index;
    private final ContentIndexer indexer;
    private final ElasticsearchClient elasticsearch;
    private final KafkaProperties kafkaProperties;
    private final List<String> topics;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile WorkProgress latest;

    IndexRebuild(
            ContentIndex index,
            ContentIndexer indexer,
            ElasticsearchClient elasticsearch,
            KafkaProperties kafkaProperties,
            TopicNames names) {
        this.index = index;
        this.indexer = indexer;
        this.elasticsearch = elasticsearch;
        this.kafkaProperties = kafkaProperties;
        this.topics = List.of(names.of(Topics.ARTICLES), names.of(Topics.PLACEMENTS));
    }

    /** @throws ConflictException when a rebuild is running already */
    public RebuildReport rebuild() throws IOException {
        if (!running.compareAndSet(false, true)) {
            throw new ConflictException("A rebuild of " + index.alias() + " is running already");
        }
        try {
            return rebuildOnce();
        } finally {
            running.set(false);
        }
    }

    /** Whether a rebuild runs, and how far the running or the latest one got; empty before the first. */
    public Optional<RebuildStatus> status() {
        var progress = latest;
        return progress == null ? Optional.empty() : Optional.of(new RebuildStatus(running.get(), progress.report()));
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(
                "pressline.search.rebuild.records.done",
                "Records the running or latest index rebuild replayed",
                ProgressReport::done,
                registry);
        gauge(
                "pressline.search.rebuild.records.total",
                "Records the running or latest index rebuild has to replay",
                ProgressReport::total,
                registry);
    }

    private void gauge(
            String name, String description, ToDoubleFunction<ProgressReport> value, MeterRegistry registry) {
        Gauge.builder(
                        name,
                        this,
                        rebuild -> rebuild.status()
                                .map(status -> value.applyAsDouble(status.progress()))
                                .orElse(0.0))
                .baseUnit("records")
                .description(description)
                .register(registry);
    }

    private RebuildReport rebuildOnce() throws IOException {
        index.ensureExists();
        var previous = index.physicalIndices();
        var next = index.nextPhysicalIndex();
        index.create(next, false);
        long started = System.nanoTime();
        var refused = new AtomicLong();
        boolean swapped = false;
        try (var replay = new TopicReplay(kafkaProperties.buildConsumerProperties());
                var loader = new BulkLoader(next, refused)) {
            var ends = replay.endOffsets(topics);
            var progress = WorkProgress.start(
                    "Rebuild of " + index.alias(),
                    "records",
                    replay.recordsUntil(ends, null),
                    log,
                    PROGRESS_LOG_INTERVAL);
            latest = progress;
            long events = replay.replay(null, ends, batch -> {
                loader.load(batch);
                progress.add(batch.size());
            });
            loader.awaitAll();
            index.finishLoading(next);
            double loadSeconds = (System.nanoTime() - started) / 1e9;
            index.swapTo(next, previous);
            swapped = true;
            var caughtUpTo = replay.endOffsets(topics);
            progress.addToTotal(replay.recordsUntil(caughtUpTo, ends));
            events += replay.replay(ends, caughtUpTo, batch -> {
                try {
                    refused.addAndGet(indexer.index(eventsOf(batch), next).size());
                    progress.add(batch.size());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            for (var old : previous) {
                index.delete(old);
            }
            long documents = elasticsearch.count(count -> count.index(next)).count();
            var report = new RebuildReport(
                    index.alias(),
                    previous,
                    next,
                    events,
                    documents,
                    refused.get(),
                    (System.nanoTime() - started) / 1e9,
                    events / Math.max(loadSeconds, 1e-3));
            progress.finish();
            log.info("Rebuilt {}: {}", index.alias(), report);
            return report;
        } catch (IOException | RuntimeException e) {
            if (latest != null) {
                latest.stop();
            }
            if (!swapped) {
                index.delete(next);
            }
            throw e;
        }
    }

    /**
     * @param running whether a rebuild runs now; otherwise the progress is the latest one's, finished or stopped
     */
    public record RebuildStatus(boolean running, ProgressReport progress) {}

    /** Events of a batch, the last per key only: a record replaced later in the same batch need not be written. */
    private static List<PresslineEvent> eventsOf(List<ConsumerRecord<String, byte[]>> batch) {
        var latest = new LinkedHashMap<String, PresslineEvent>();
        for (var record : batch) {
            switch (ReceivedRecord.of(record).decode()) {
                case Decoded.Event(var received, var event) -> {
                    latest.remove(received.topic() + "/" + event.aggregateId());
                    latest.put(received.topic() + "/" + event.aggregateId(), event);
                }
                case Decoded.UnknownType unknown ->
                    log.debug(
                            "Replay skips record {}: an event of unknown type {}",
                            unknown.record().position(),
                            unknown.typeName());
                case Decoded.Malformed malformed ->
                    log.debug("Replay skips record {}: {}", malformed.record().position(), malformed.reason());
            }
        }
        return new ArrayList<>(latest.values());
    }

    /** Parses batches on the replaying thread and sends their bulk requests from a small pool. */
    private final class BulkLoader implements AutoCloseable {

        private final String target;
        private final AtomicLong refused;
        private final ExecutorService senders = Executors.newFixedThreadPool(BULKS_IN_FLIGHT);
        private final Semaphore inFlight = new Semaphore(BULKS_IN_FLIGHT);
        private final List<Future<?>> sent = new ArrayList<>();

        BulkLoader(String target, AtomicLong refused) {
            this.target = target;
            this.refused = refused;
        }

        void load(List<ConsumerRecord<String, byte[]>> batch) {
            var events = eventsOf(batch);
            for (int from = 0; from < events.size(); from += EVENTS_PER_BULK) {
                var bulk = events.subList(from, Math.min(events.size(), from + EVENTS_PER_BULK));
                inFlight.acquireUninterruptibly();
                sent.add(senders.submit(() -> {
                    try {
                        refused.addAndGet(indexPatiently(bulk));
                        return null;
                    } finally {
                        inFlight.release();
                    }
                }));
            }
        }

        /** Elasticsearch pushes back when it is busy (429); a bulk is idempotent, so it is simply sent again. */
        private int indexPatiently(List<PresslineEvent> bulk) throws IOException, InterruptedException {
            for (int attempt = 1; ; attempt++) {
                try {
                    return indexer.index(bulk, target).size();
                } catch (IOException | IndexingFailedException e) {
                    if (attempt == ATTEMPTS) {
                        throw e;
                    }
                    log.debug("Bulk into {} refused ({}); trying again", target, e.getMessage());
                    TimeUnit.MILLISECONDS.sleep(100L << attempt);
                }
            }
        }

        void awaitAll() throws IOException {
            for (var future : sent) {
                try {
                    future.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("Interrupted while loading " + target, e);
                } catch (ExecutionException e) {
                    throw new IOException(
                            "Loading " + target + " failed: " + e.getCause().getMessage(), e.getCause());
                }
            }
        }

        @Override
        public void close() {
            senders.shutdownNow();
        }
    }
}
