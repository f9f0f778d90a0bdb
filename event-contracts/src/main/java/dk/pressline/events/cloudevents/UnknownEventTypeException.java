package dk.pressline.events.cloudevents;

/**
 * A CloudEvent whose type is not registered, for instance one added by a newer producer. Tolerant consumers catch it
 * and skip the record.
 */
public class UnknownEventTypeException extends RuntimeException {

    private final String typeName;

    public UnknownEventTypeException(String typeName) {
        super("Unknown Pressline event type: " + typeName);
        this.typeName = typeName;
    }

    public String typeName() {
        return typeName;
    }
}
