package dk.pressline.platform.tracing;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.header.Headers;

/**
 * The W3C trace context an event carries from the span that caused it to the spans that handle it: in the outbox row,
 * then in the record's {@code traceparent} and {@code tracestate} Kafka headers (the headers CloudEvents' distributed
 * tracing extension names too).
 *
 * @param traceparent the W3C {@code traceparent}, or null when the event was caused outside any trace
 * @param tracestate the W3C {@code tracestate}, or null when there is none
 */
public record CarriedTrace(String traceparent, String tracestate) {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    /** Nothing carried: whoever handles the event starts a new trace. */
    public static final CarriedTrace NONE = new CarriedTrace(null, null);

    /** Read from headers as Spring maps a record's: each value a String or the header's bytes. */
    public static CarriedTrace fromHeaders(Map<String, ?> headers) {
        if (headers == null) {
            return NONE;
        }
        return new CarriedTrace(text(headers.get(TRACEPARENT)), text(headers.get(TRACESTATE)));
    }

    public boolean isPresent() {
        return traceparent != null;
    }

    /** Adds the context to a record about to be sent, replacing any it had. */
    public void addTo(Headers headers) {
        headers.remove(TRACEPARENT);
        headers.remove(TRACESTATE);
        if (traceparent != null) {
            headers.add(TRACEPARENT, traceparent.getBytes(StandardCharsets.UTF_8));
        }
        if (tracestate != null) {
            headers.add(TRACESTATE, tracestate.getBytes(StandardCharsets.UTF_8));
        }
    }

    Map<String, String> asMap() {
        var carrier = new HashMap<String, String>();
        if (traceparent != null) {
            carrier.put(TRACEPARENT, traceparent);
        }
        if (tracestate != null) {
            carrier.put(TRACESTATE, tracestate);
        }
        return carrier;
    }

    private static String text(Object value) {
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value instanceof String string && !string.isEmpty() ? string : null;
    }
}
