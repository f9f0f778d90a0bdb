package dk.pressline.platform.kafka;

import dk.pressline.events.Topic;

/** Resolves a catalogue topic to the name it has on this deployment's broker. */
public final class TopicNames {

    private final String prefix;

    public TopicNames(String prefix) {
        this.prefix = prefix;
    }

    public String of(Topic topic) {
        return prefix + topic.name();
    }
}
