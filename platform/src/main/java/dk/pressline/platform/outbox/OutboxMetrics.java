package dk.pressline.platform.outbox;

import dk.pressline.platform.metrics.ThrottledReading;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.BaseUnits;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.function.ToDoubleFunction;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The outbox's backlog as gauges, which tell an operator that events stop reaching Kafka:
 * {@code pressline.outbox.pending} (events not yet sent), {@code pressline.outbox.oldest.pending.age} (seconds the
 * oldest of them has waited; 0 when none waits) and {@code pressline.outbox.parked} (events Kafka refused). The three
 * share one query, run at most once per {@code maxStaleness}. Without the outbox table, or while the database does not
 * answer, they read NaN.
 */
public class OutboxMetrics implements MeterBinder {

    private final ThrottledReading<OutboxBacklog> backlog;

    public OutboxMetrics(DataSource dataSource, Duration maxStaleness) {
        var jdbc = new JdbcTemplate(dataSource);
        this.backlog = new ThrottledReading<>(() -> OutboxBacklog.read(jdbc), maxStaleness);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(
                "pressline.outbox.pending",
                BaseUnits.EVENTS,
                "Events in the outbox not yet sent to Kafka",
                OutboxBacklog::pending,
                registry);
        gauge(
                "pressline.outbox.oldest.pending.age",
                "seconds",
                "How long the oldest event in the outbox has waited to be sent to Kafka",
                backlog -> backlog.oldestPendingAge().toNanos() / 1e9,
                registry);
        gauge(
                "pressline.outbox.parked",
                BaseUnits.EVENTS,
                "Events Kafka refused, parked for an administrator",
                OutboxBacklog::parked,
                registry);
    }

    private void gauge(
            String name,
            String unit,
            String description,
            ToDoubleFunction<OutboxBacklog> value,
            MeterRegistry registry) {
        Gauge.builder(
                        name,
                        backlog,
                        reading -> reading.get().map(value::applyAsDouble).orElse(Double.NaN))
                .baseUnit(unit)
                .description(description)
                .strongReference(true)
                .register(registry);
    }
}
