package dk.pressline.platform.consuming;

import org.springframework.kafka.core.KafkaOperations;

/**
 * Where every Pressline consumer parks the records it can never handle: {@link DeadLetterTopic}s, all sending through
 * the one byte-array producer the platform creates for them.
 */
public class DeadLetterParking {

    private final KafkaOperations<String, byte[]> template;

    public DeadLetterParking(KafkaOperations<String, byte[]> template) {
        this.template = template;
    }

    /** @param name the dead-letter topic's name on this deployment */
    public DeadLetterTopic on(String name) {
        return new DeadLetterTopic(template, name);
    }

    /** The byte-array producer dead letters are sent with, for putting parked records back where they came from. */
    public KafkaOperations<String, byte[]> template() {
        return template;
    }
}
