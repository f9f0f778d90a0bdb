package dk.pressline.sponsor.booking;

import dk.pressline.platform.metrics.ThrottledReading;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code pressline.sponsor.bookings}: how many bookings stand in each state (tag {@code state}, every
 * {@link BookingStatus}, 0 included), counted in the database in one query at most every
 * {@code pressline.sponsor.booking-metrics-refresh}, so every instance shows all bookings.
 */
@Component
class BookingMetrics implements MeterBinder {

    private final ThrottledReading<Map<BookingStatus, Long>> counts;

    BookingMetrics(
            BookingRepository bookings, @Value("${pressline.sponsor.booking-metrics-refresh:15s}") Duration refresh) {
        this.counts = new ThrottledReading<>(() -> Optional.of(bookings.countByStatus()), refresh);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (var status : BookingStatus.values()) {
            Gauge.builder(
                            "pressline.sponsor.bookings",
                            counts,
                            reading -> reading.get()
                                    .map(byStatus ->
                                            byStatus.getOrDefault(status, 0L).doubleValue())
                                    .orElse(Double.NaN))
                    .tag("state", status.name())
                    .description("Bookings in each state")
                    .strongReference(true)
                    .register(registry);
        }
    }
}
