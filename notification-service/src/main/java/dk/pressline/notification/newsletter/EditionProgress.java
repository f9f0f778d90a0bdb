package dk.pressline.notification.newsletter;

import dk.pressline.events.notification.DeliveryKind;
import dk.pressline.platform.metrics.ThrottledReading;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.BaseUnits;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How far the latest queued newsletter edition has got: {@code pressline.notifications.edition.recipients} (mails it
 * was queued for) and {@code pressline.notifications.edition.sent} (of those, the ones the SMTP server took), from the
 * database, so every instance shows the whole edition; read at most every 15 s. 0 and 0 before the first edition.
 */
@Component
class EditionProgress implements MeterBinder {

    private static final String LATEST = """
            select e.recipients,
                   (select count(*) from deliveries d
                    where d.kind = ? and d.reference = e.edition_id::text and d.state = 'SENT') as sent
            from editions e where e.state = 'QUEUED' order by e.due_at desc limit 1""";

    private final ThrottledReading<Progress> latest;

    EditionProgress(JdbcTemplate jdbc) {
        this.latest = new ThrottledReading<>(() -> Optional.of(jdbc.query(LATEST,
                (row, n) -> new Progress(row.getLong("recipients"), row.getLong("sent")),
                DeliveryKind.NEWSLETTER_EDITION.name()).stream().findFirst().orElse(new Progress(0, 0))),
                Duration.ofSeconds(15));
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge("pressline.notifications.edition.recipients", "Mails the latest newsletter edition was queued for",
                Progress::recipients, registry);
        gauge("pressline.notifications.edition.sent", "Mails of the latest newsletter edition the SMTP server took",
                Progress::sent, registry);
    }

    private void gauge(String name, String description, ToDoubleFunction<Progress> value, MeterRegistry registry) {
        Gauge.builder(name, latest, reading -> reading.get().map(value::applyAsDouble).orElse(Double.NaN))
                .baseUnit(BaseUnits.MESSAGES)
                .description(description)
                .strongReference(true)
                .register(registry);
    }

    private record Progress(long recipients, long sent) {
    }
}
