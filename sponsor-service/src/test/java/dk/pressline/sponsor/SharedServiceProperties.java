package dk.pressline.sponsor;

/** Settings every test of the shared service sets alike, so Spring starts that service once for all of them. */
public final class SharedServiceProperties {

    /** The bookings gauge counts again after a second, so a test sees its bookings counted without waiting 15 s. */
    public static final String BOOKING_METRICS_REFRESH = "pressline.sponsor.booking-metrics-refresh=1s";

    private SharedServiceProperties() {}
}
