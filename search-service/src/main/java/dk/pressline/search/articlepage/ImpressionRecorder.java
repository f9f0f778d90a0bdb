package dk.pressline.search.articlepage;

import dk.pressline.events.interaction.Channel;
import dk.pressline.events.interaction.PlacementImpressionRecorded;
import dk.pressline.platform.kafka.KafkaEventSender;
import dk.pressline.platform.readers.Readers;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Records each sponsored item served on the interactions topic, for sponsor reporting, without making the reader
 * wait for the broker. Impressions are at most once: when the broker is away long enough for the queue to fill,
 * impressions are dropped and counted in the log, so an advertiser is never billed for what was not shown. A robot's
 * view records none; a reader's names the reader by a key (see {@link Readers}), so sponsor-service counts a reader's
 * views of a booking once per window.
 */
@Component
@EnableConfigurationProperties(ImpressionProperties.class)
class ImpressionRecorder implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImpressionRecorder.class);
    private static final int QUEUE_CAPACITY = 10_000;

    private final KafkaEventSender events;
    private final Readers readers;
    private final Clock clock;
    private final ThreadPoolExecutor sender = new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUE_CAPACITY),
            runnable -> {
                var thread = new Thread(runnable, "impression-recorder");
                thread.setDaemon(true);
                return thread;
            },
            (runnable, executor) ->
                    log.warn("Dropped an impression: {} are waiting for the broker already", QUEUE_CAPACITY));

    ImpressionRecorder(KafkaEventSender events, ImpressionProperties properties, Clock clock) {
        this.events = events;
        this.readers = properties.perReader() ? new Readers(properties.readerKeySecret()) : null;
        this.clock = clock;
    }

    /** Who the request is from: a reader (by key when readers are told apart) or a robot. */
    Viewer viewerOf(HttpServletRequest request) {
        if (readers == null) {
            return Viewer.UNKNOWN_READER;
        }
        return readers.readerKey(request).map(Viewer::reader).orElse(Viewer.ROBOT);
    }

    void recordServed(UUID bookingId, long placementRevision, Channel channel, Viewer viewer) {
        if (!viewer.counted()) {
            return;
        }
        var impression = new PlacementImpressionRecorded(
                UUID.randomUUID(), clock.instant(), bookingId, channel, placementRevision, viewer.readerKey());
        sender.execute(() -> {
            try {
                events.send(impression);
            } catch (RuntimeException e) {
                log.warn("Lost an impression of booking {}: {}", bookingId, e.getMessage());
            }
        });
    }

    @Override
    public void destroy() throws InterruptedException {
        sender.shutdown();
        sender.awaitTermination(5, TimeUnit.SECONDS);
    }
}
