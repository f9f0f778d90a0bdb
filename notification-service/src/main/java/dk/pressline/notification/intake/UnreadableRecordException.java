package dk.pressline.notification.intake;

/**
 * A consumed record that can never be handled as it is: a tombstone, a value that is not a binary-mode CloudEvent, a
 * CloudEvent lacking a required attribute or with an invalid one, or an event whose body does not fit its type. Retrying cannot help, so it is parked on a dead-letter topic instead.
 */
public class UnreadableRecordException extends RuntimeException {

    public UnreadableRecordException(String message) {
        super(message);
    }

    public UnreadableRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
