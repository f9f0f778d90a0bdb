package dk.pressline.platform.metrics;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A reading that costs a query (database, Kafka), taken at most once per {@code maxStaleness} however many gauges or
 * scrapes ask for it. A reading that fails is empty, so its gauges show NaN until the next one succeeds.
 */
public final class ThrottledReading<T> {

    private static final Logger log = LoggerFactory.getLogger(ThrottledReading.class);

    private final Supplier<Optional<T>> read;
    private final long maxStalenessNanos;

    private Optional<T> last = Optional.empty();
    private long lastReadAtNanos;
    private boolean everRead;

    public ThrottledReading(Supplier<Optional<T>> read, Duration maxStaleness) {
        this.read = read;
        this.maxStalenessNanos = maxStaleness.toNanos();
    }

    public synchronized Optional<T> get() {
        var now = System.nanoTime();
        if (!everRead || now - lastReadAtNanos >= maxStalenessNanos) {
            last = readNow();
            lastReadAtNanos = now;
            everRead = true;
        }
        return last;
    }

    private Optional<T> readNow() {
        try {
            return read.get();
        } catch (RuntimeException e) {
            log.debug("Could not take a reading for metrics", e);
            return Optional.empty();
        }
    }
}
