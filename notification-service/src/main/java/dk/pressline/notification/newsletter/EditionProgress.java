package dk.pressline.notification.newsletter;

import dk.pressline.platform.metrics.ThrottledReading;
import dk.pressline.platform.progress.ProgressReport;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.BaseUnits;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * How far the latest queued newsletter edition has got, from the database, so every instance shows the whole edition:
 * mails sent of those queued, the rate since it was queued and the time left at that rate ({@link #latest}, for the
 * editors' endpoint); a log line every 10 s while it is being sent; and {@code pressline.notifications.edition.recipients}
 * and {@code pressline.notifications.edition.sent}, read at most every 15 s (0 and 0 before the first edition).
 */
@Component
public class EditionProgress implements MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(EditionProgress.class);

    private final EditionRepository editions;
    private final Clock clock;
    private final ThrottledReading<ProgressReport> forMetrics;
    private volatile long lastLoggedDone = -1;

    EditionProgress(EditionRepository editions, Clock clock) {
        this.editions = editions;
        this.clock = clock;
        this.forMetrics = new ThrottledReading<>(
                () -> Optional.of(latest().map(EditionStatus::progress)
                        .orElse(new ProgressReport(0, 0, 0, null, clock.instant(), null))),
                Duration.ofSeconds(15));
    }

    /** The latest edition queued for its subscribers, and how far its sending has got; empty before the first. */
    public Optional<EditionStatus> latest() {
        return editions.latestQueued().map(this::status);
    }

    /** While an edition is being sent, a line in the log every 10 s that it got further. */
    @Scheduled(initialDelay = 10, fixedDelay = 10, timeUnit = TimeUnit.SECONDS)
    void logWhileSending() {
        latest().ifPresent(edition -> {
            var progress = edition.progress();
            if (progress.done() != lastLoggedDone && (progress.finishedAt() == null || lastLoggedDone >= 0)) {
                lastLoggedDone = progress.done();
                log.info("{}", progress.describe("Newsletter edition " + edition.editionId(), "mails"));
            }
        });
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(
                "pressline.notifications.edition.recipients",
                "Mails the latest newsletter edition was queued for",
                ProgressReport::total,
                registry);
        gauge(
                "pressline.notifications.edition.sent",
                "Mails of the latest newsletter edition the SMTP server took",
                ProgressReport::done,
                registry);
    }

    private void gauge(
            String name, String description, ToDoubleFunction<ProgressReport> value, MeterRegistry registry) {
        Gauge.builder(
                        name,
                        forMetrics,
                        reading -> reading.get().map(value::applyAsDouble).orElse(Double.NaN))
                .baseUnit(BaseUnits.MESSAGES)
                .description(description)
                .strongReference(true)
                .register(registry);
    }

    private EditionStatus status(EditionRepository.QueuedEdition edition) {
        var recipients = edition.recipients();
        var sent = edition.sent();
        Instant finishedAt = sent >= recipients ? edition.lastSentAt() : null;
        if (recipients == 0) {
            finishedAt = edition.queuedAt();
        }
        return new EditionStatus(
                edition.editionId(),
                edition.dueAt(),
                ProgressReport.of(sent, recipients, edition.queuedAt(), finishedAt, clock.instant()));
    }

    /**
     * @param progress mails the SMTP server took of those queued, since the edition was queued; finished when the last
     *     was sent
     */
    public record EditionStatus(UUID editionId, Instant dueAt, ProgressReport progress) {}
}
