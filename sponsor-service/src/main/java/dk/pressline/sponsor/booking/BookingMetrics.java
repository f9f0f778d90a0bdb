package dk.pressline.sponsor.booking;

import dk.pressline.platform.metrics.ThrottledReading;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code pressline.sponsor.bookings}: how many bookings stand in each state (tag {@code state}, every
 * {@link BookingStatus}, 0 included), counted in the database in one query at most every 15 s, so every instance
 * shows all bookings.
 */
@Component
class BookingMetrics implements MeterBinder {

    private static final String COUNT_BY_STATUS = "select status, count(*) as bookings from booking group by status";

    private final ThrottledReading<Map<BookingStatus, Long>> counts;

    BookingMetrics(DataSource dataSource) {
        var jdbc = new JdbcTemplate(dataSource);
        this.counts = new ThrottledReading<>(() -> {
            Map<BookingStatus, Long> byStatus = new EnumMap<>(BookingStatus.class);
            jdbc.query(COUNT_BY_STATUS, row -> {
                byStatus.put(BookingStatus.valueOf(row.getString("status")), row.getLong("bookings"));
            });
            return Optional.of(byStatus);
        }, Duration.ofSeconds(15));
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (var status : BookingStatus.values()) {
            Gauge.builder("pressline.sponsor.bookings", counts,
                            reading -> reading.get().map(byStatus -> byStatus.getOrDefault(status, 0L).doubleValue())
                                    .orElse(Double.NaN))
                    .tag("state", status.name())
                    .description("Bookings in each state")
                    .strongReference(true)
                    .register(registry);
        }
    }
}
