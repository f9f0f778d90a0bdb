package dk.pressline.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapping of event bodies, shared by every producer and consumer: ISO-8601 date-times, absent
 * ({@code null}) optional fields left out, and unknown properties ignored so additive changes never break an older
 * reader.
 */
public final class EventJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private EventJson() {}

    public static JsonMapper mapper() {
        return MAPPER;
    }

    public static byte[] toBytes(PresslineEvent event) {
        return MAPPER.writeValueAsBytes(event);
    }

    public static <E extends PresslineEvent> E fromBytes(byte[] json, Class<E> javaType) {
        return MAPPER.readValue(json, javaType);
    }
}
