package dk.pressline.events.cloudevents;

/**
 * A record that cannot be read as a Pressline event: not a binary-mode CloudEvent, one that lacks a required attribute
 * or carries one that does not parse, or a body that does not fit its type.
 */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }

    public MalformedEventException(String message) {
        super(message);
    }
}
