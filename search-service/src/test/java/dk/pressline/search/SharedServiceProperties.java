package dk.pressline.search;

/** Settings every test of a shared service sets alike, so Spring starts that service once for all of them. */
public final class SharedServiceProperties {

    /** The dead-letter topics' sizes are read again after a second, so a test sees its parked record counted. */
    public static final String DEAD_LETTER_METRICS_REFRESH = "pressline.kafka.dead-letter-metrics-refresh=1s";

    private SharedServiceProperties() {}
}
