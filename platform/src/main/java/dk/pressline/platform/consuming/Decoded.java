package dk.pressline.platform.consuming;

import dk.pressline.events.PresslineEvent;
import dk.pressline.events.cloudevents.MalformedEventException;

/** A {@link ReceivedRecord} decoded: the event it carries, or why it carries none. */
public sealed interface Decoded {

    ReceivedRecord record();

    /** The record carries an event of a type this service knows. */
    record Event(ReceivedRecord record, PresslineEvent event) implements Decoded {}

    /** The record carries an event of a type this service does not know; tolerant consumers skip it. */
    record UnknownType(ReceivedRecord record, String typeName) implements Decoded {}

    /**
     * The record is no event: a tombstone, not a binary-mode CloudEvent, a CloudEvent lacking a required attribute or
     * carrying one that does not parse, or a body that does not fit its type. Handled again it fails again, so
     * consumers park or skip it.
     */
    record Malformed(ReceivedRecord record, MalformedEventException problem) implements Decoded {

        /** What is wrong with the record, with the cause's words where there are some and the problem lacks them. */
        public String reason() {
            var causeWords =
                    problem.getCause() == null ? null : problem.getCause().getMessage();
            return causeWords == null || problem.getMessage().endsWith(causeWords)
                    ? problem.getMessage()
                    : problem.getMessage() + ": " + causeWords;
        }
    }
}
