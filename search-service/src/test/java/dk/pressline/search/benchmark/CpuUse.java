package dk.pressline.search.benchmark;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * CPU time spent by this JVM (the service, and the in-process Kafka broker of the tests) and by the processes it
 * started (Elasticsearch) since a start point. On a machine shared with other jobs wall-clock rates swing with their
 * load; CPU time per document does much less, and says what the work would take with the cores to itself.
 */
record CpuUse(long wallNanos, long ownNanos, long childrenNanos) {

    private static final int CORES = Runtime.getRuntime().availableProcessors();

    static CpuUse now() {
        var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long children = ProcessHandle.current()
                .descendants()
                .mapToLong(process ->
                        process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L))
                .sum();
        return new CpuUse(System.nanoTime(), os.getProcessCpuTime(), children);
    }

    /** What happened since {@code start}: the CPU each side spent per document, and the rate the cores allow. */
    String since(CpuUse start, long documents) {
        double own = (ownNanos - start.ownNanos) / 1e6 / documents * 1000;
        double children = (childrenNanos - start.childrenNanos) / 1e6 / documents * 1000;
        double wall = (wallNanos - start.wallNanos) / 1e9;
        return String.format(
                "%,.0f documents/s (%.1f s); CPU ms per 1,000 documents: Elasticsearch %,.0f, "
                        + "service and Kafka %,.0f; %d cores to themselves would allow %,.0f documents/s",
                documents / wall, wall, children, own, CORES, CORES * 1000 * 1000 / (own + children));
    }
}
