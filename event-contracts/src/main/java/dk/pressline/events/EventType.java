package dk.pressline.events;

import java.util.Objects;

/**
 * A registered kind of event: its versioned wire name (the CloudEvent {@code type} and the schema's {@code $id}),
 * the record it is read into and the topic it travels on.
 */
public record EventType<E extends PresslineEvent>(String name, Class<E> javaType, Topic topic) {

    public EventType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(javaType, "javaType");
        Objects.requireNonNull(topic, "topic");
        if (!name.matches("dk\\.pressline\\.[a-z-]+(\\.[a-z-]+)+\\.v[1-9][0-9]*")) {
            throw new IllegalArgumentException(
                    "Event type name must look like dk.pressline.<feature>.<event>.v<n>: " + name);
        }
    }

    /** Classpath location of this type's JSON Schema. */
    public String schemaResource() {
        return "/schemas/" + name + ".json";
    }
}
