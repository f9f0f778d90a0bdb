package dk.pressline.testsupport.tracing;

import static org.awaitility.Awaitility.await;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The spans a service under test ended, kept in memory in the order they ended: {@code @Import} {@link
 * CapturedSpansConfiguration} into the test to have them.
 */
public class CapturedSpans {

    final InMemorySpanExporter exporter = InMemorySpanExporter.create();

    public List<SpanData> all() {
        return exporter.getFinishedSpanItems();
    }

    /** The first span ended that matches, waiting for it for up to 30 s; failing, lists the spans there are. */
    public SpanData awaitSpan(Predicate<SpanData> matching) {
        try {
            return await().atMost(Duration.ofSeconds(30))
                    .until(() -> all().stream().filter(matching).findFirst(), Optional::isPresent)
                    .orElseThrow();
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(
                    "No matching span within 30 s among these: "
                            + all().stream()
                                    .map(span -> span.getName() + " (" + span.getKind() + ", trace " + span.getTraceId()
                                            + ", span " + span.getSpanId() + ", parent " + span.getParentSpanId() + ")")
                                    .toList(),
                    e);
        }
    }

    /** The span's parent, its parent's parent, and so on, as far as they have ended. */
    public List<SpanData> ancestorsOf(SpanData span) {
        var ancestors = new ArrayList<SpanData>();
        var parentId = span.getParentSpanId();
        for (var parent = find(parentId); parent.isPresent(); parent = find(parentId)) {
            ancestors.add(parent.get());
            parentId = parent.get().getParentSpanId();
        }
        return ancestors;
    }

    private Optional<SpanData> find(String spanId) {
        return all().stream().filter(span -> span.getSpanId().equals(spanId)).findFirst();
    }

    public static Predicate<SpanData> named(String name) {
        return span -> span.getName().equals(name);
    }

    /** W3C {@code traceparent}'s trace id: {@code 00-<trace id>-<parent span id>-<flags>}. */
    public static String traceIdOf(String traceparent) {
        return traceparent.split("-")[1];
    }

    /** W3C {@code traceparent}'s span id, the span that sent the record. */
    public static String spanIdOf(String traceparent) {
        return traceparent.split("-")[2];
    }
}
