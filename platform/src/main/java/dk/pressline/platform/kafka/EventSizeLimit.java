package dk.pressline.platform.kafka;

import dk.pressline.events.EventJson;
import dk.pressline.events.PresslineEvent;
import org.springframework.util.unit.DataSize;

/**
 * The largest event body a service may send: the producer's {@code max.request.size} less an allowance for what
 * Kafka adds around the body (the CloudEvent headers, the key, the record and batch overhead). A service checks its
 * events against it where it takes the input that makes them large, so that Kafka never has to refuse one.
 */
public final class EventSizeLimit {

    /**
     * What the record around an event body may take. The CloudEvent headers, the key and Kafka's overhead take well
     * under 1 KiB; the rest leaves room for a workflow step that adds a short text (a reason) to a checked event.
     */
    static final int ENVELOPE_ALLOWANCE = 16 * 1024;

    private final int maxEventBytes;

    public EventSizeLimit(DataSize maxRequestSize) {
        if (maxRequestSize.toBytes() < 2L * ENVELOPE_ALLOWANCE || maxRequestSize.toBytes() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("pressline.kafka.max-request-size must be between "
                    + 2 * ENVELOPE_ALLOWANCE + " bytes and 2 GiB: " + maxRequestSize);
        }
        this.maxEventBytes = (int) maxRequestSize.toBytes() - ENVELOPE_ALLOWANCE;
    }

    /** The most bytes an event's JSON body may have. */
    public int maxEventBytes() {
        return maxEventBytes;
    }

    /** The bytes of the event's JSON body, exactly as it is sent. */
    public int sizeOf(PresslineEvent event) {
        return EventJson.toBytes(event).length;
    }
}
