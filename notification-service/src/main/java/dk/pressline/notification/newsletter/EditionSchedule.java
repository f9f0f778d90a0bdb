package dk.pressline.notification.newsletter;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Publishes an edition at every time of the configured schedule (default Tuesday and Friday 07:00, Copenhagen). */
@Component
class EditionSchedule {

    private static final Duration STALLED_AFTER = Duration.ofMinutes(10);

    private final Editions editions;
    private final Clock clock;

    EditionSchedule(Editions editions, Clock clock) {
        this.editions = editions;
        this.clock = clock;
    }

    @Scheduled(
            cron = "${pressline.notifications.newsletter.schedule}",
            zone = "${pressline.notifications.newsletter.zone}")
    void publishDueEdition() {
        editions.publishEditionDueAt(clock.instant().truncatedTo(ChronoUnit.MINUTES));
    }

    /** An edition whose queueing an instance left unfinished (it stopped) is finished by whichever runs this. */
    @Scheduled(initialDelay = 1, fixedDelay = 5, timeUnit = TimeUnit.MINUTES)
    void resumeStalledEditions() {
        editions.resumeStalled(STALLED_AFTER);
    }
}
